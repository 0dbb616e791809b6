package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Seeds the station table from the data file {@value #FILE} (code, name, county, ODPP office).
 * Inserts only stations that are missing, so it never overwrites an administrator's change.
 */
// Flyway finds Java migrations in the package of a location (db/migration); Quarkus lists them from
// its index, among the direct implementors of JavaMigration, hence the repeated "implements".
public class V3_6__SeedStations extends BaseJavaMigration implements JavaMigration {

    static final String FILE = "db/stations/stations.csv";

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement("""
                insert into station (code, name, county_code, odpp_office_code, active, updated_by, updated_at)
                values (?, ?, ?, ?, true, 'seed:stations.csv', now()) on conflict (code) do nothing""")) {
            for (List<String> row : rows()) {
                for (int i = 0; i < 4; i++) {
                    insert.setString(i + 1, row.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The data rows of the file: comment lines (#) and the header skipped. */
    static List<List<String>> rows() throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException(FILE + " is missing from the service");
        }
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = cells(line);
                if (cells.size() != 4) {
                    throw new IllegalStateException(FILE + ": expected 4 cells in " + line);
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
