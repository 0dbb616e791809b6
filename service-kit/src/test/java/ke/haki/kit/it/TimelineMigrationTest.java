package ke.haki.kit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import ke.haki.testsupport.HakiInfrastructure;

/**
 * The kit's timeline migration (db/kit/R__kit_timeline.sql) on the tables the services had before
 * it: the prosecution's {@code file_timeline} is adopted with its rows and its id sequence, the
 * police's {@code timeline_entry} and the monitor's own-shaped one are left as they are, and
 * running it again changes nothing. Each case in a scratch schema, as the database owner.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TimelineMigrationTest {

    private static final List<String> KIT_COLUMNS =
            List.of("id", "case_id", "event_id", "event_type", "agency", "occurred_at", "summary");

    @Test
    void theProsecutionsFileTimelineIsAdoptedWithItsRows() throws Exception {
        inScratch("adopt_prosecution", s -> {
            s.execute("""
                    create table file_timeline (
                        id bigserial primary key, case_id varchar(64) not null, event_id uuid not null unique,
                        event_type varchar(200) not null, agency varchar(10) not null,
                        occurred_at timestamptz not null, summary varchar(500) not null);
                    create index file_timeline_case on file_timeline (case_id, occurred_at, id);
                    insert into file_timeline (case_id, event_id, event_type, agency, occurred_at, summary) values
                        ('C1', gen_random_uuid(), 'ke.nps.case.reported.v1', 'NPS', now(), 'Reported'),
                        ('C1', gen_random_uuid(), 'ke.odpp.referral.received.v1', 'ODPP', now(), 'Received');""");
            migrate(s);
            migrate(s);
            assertThat(value(s, "select to_regclass('file_timeline') is null")).isEqualTo(true);
            assertThat(timelineColumns(s)).containsExactlyElementsOf(KIT_COLUMNS);
            assertThat(value(s, "select count(*) from timeline_entry where case_id = 'C1'")).isEqualTo(2L);
            s.execute("insert into timeline_entry (case_id, event_id, event_type, agency, occurred_at, summary)"
                    + " values ('C1', gen_random_uuid(), 'ke.odpp.charge.approved.v1', 'ODPP', now(), 'Approved')");
            assertThat(value(s, "select max(id) from timeline_entry")).isEqualTo(3L);
            assertThat(value(s, "select count(*) from pg_indexes where schemaname = 'adopt_prosecution'"
                    + " and indexname = 'timeline_entry_case'")).isEqualTo(1L);
        });
    }

    @Test
    void anExistingTimelineEntryTableOfAnyShapeIsLeftAsItIs() throws Exception {
        inScratch("adopt_monitoring", s -> {
            s.execute("""
                    create table timeline_entry (
                        event_id uuid primary key, case_id varchar(64) not null, event_type varchar(200) not null,
                        agency varchar(10) not null, unit_code varchar(60) not null, sequence bigint not null,
                        occurred_at timestamptz not null, summary varchar(300) not null);
                    insert into timeline_entry values
                        (gen_random_uuid(), 'C2', 'ke.nps.case.reported.v1', 'NPS', 'NRB-KILIMANI', 1, now(), 'Reported');""");
            migrate(s);
            assertThat(value(s, "select count(*) from timeline_entry where unit_code = 'NRB-KILIMANI'")).isEqualTo(1L);
            assertThat(timelineColumns(s)).contains("unit_code", "sequence").doesNotContain("id");
        });
    }

    @Test
    void aDatabaseWithoutATimelineGetsOne() throws Exception {
        inScratch("adopt_none", s -> {
            migrate(s);
            assertThat(timelineColumns(s)).containsExactlyElementsOf(KIT_COLUMNS);
        });
    }

    /** The columns of the schema's timeline_entry, in their order. */
    private static List<String> timelineColumns(Statement s) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = 'timeline_entry' order by ordinal_position")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    /** Statements that may fail with a SQL or I/O error. */
    private interface Work {
        void run(Statement s) throws SQLException, IOException;
    }

    /** Runs the work in a fresh scratch schema, as the database owner. */
    private static void inScratch(String schema, Work work) throws SQLException, IOException {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade; create schema " + schema + "; set search_path to " + schema);
            work.run(s);
        }
    }

    private static void migrate(Statement s) throws IOException, SQLException {
        try (InputStream in = TimelineMigrationTest.class.getResourceAsStream("/db/kit/R__kit_timeline.sql")) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Object value(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getObject(1);
        }
    }

    private static Connection owner() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }
}
