package ke.haki.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import ke.haki.contract.Topics;

/**
 * The privacy scan of the test suites (issue 15 item 6): looks for the fictional identities and
 * free-text markers a suite used in everything it produced — every record (key, value, headers) of
 * every topic of the contract, dead-letter topics included; every log line; every audit row — and
 * checks that each event a service itself published follows its schema and fills no withdrawn
 * free-text field (ADR 0005). Collects findings instead of failing at the first, so a test shows
 * all of them.
 */
public final class PrivacyScan {

    private final List<String> forbidden;
    private final List<String> findings = new ArrayList<>();
    private int records;
    private int lines;
    private int auditRows;

    /** {@code forbidden}: strings that must appear nowhere (matched ignoring case). */
    public PrivacyScan(Collection<String> forbidden) {
        if (forbidden.isEmpty() || forbidden.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("a privacy scan needs non-blank strings to look for");
        }
        this.forbidden = List.copyOf(forbidden);
    }

    /**
     * Every record on every topic of {@link Topics#ALL}. Records on {@code ownTopics} (the topics
     * the service under test produces) are also checked against their schema and for filled
     * withdrawn fields; other topics hold what tests published in another agency's name.
     */
    public PrivacyScan topics(String bootstrapServers, Set<String> ownTopics) {
        for (Topics.TopicSpec topic : Topics.ALL) {
            try (TopicReader reader = new TopicReader(bootstrapServers, topic.name())) {
                for (ConsumerRecord<String, String> r : reader.drain()) {
                    records++;
                    String where = topic.name() + "@" + r.partition() + ":" + r.offset();
                    text(where, TopicReader.asText(r));
                    if (ownTopics.contains(topic.name())) {
                        EventSchemas.violations(r).forEach(v -> findings.add(where + ": " + v));
                    }
                }
            }
        }
        return this;
    }

    /** A text, e.g. a log or an error body. */
    public PrivacyScan text(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String secret : forbidden) {
            if (lower.contains(secret.toLowerCase(Locale.ROOT))) {
                findings.add(where + " contains \"" + secret + "\"");
            }
        }
        return this;
    }

    /** Every line of a log file (which must exist: a scan of nothing proves nothing). */
    public PrivacyScan log(Path file) {
        if (!Files.isRegularFile(file)) {
            findings.add("no log file " + file);
            return this;
        }
        try (Stream<String> all = Files.lines(file)) {
            List<String> content = all.toList();
            lines += content.size();
            for (int i = 0; i < content.size(); i++) {
                text(file.getFileName() + ":" + (i + 1), content.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Every {@code *.log} file under a directory. */
    public PrivacyScan logs(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList();
            if (logs.isEmpty()) {
                findings.add("no log under " + dir);
            }
            logs.forEach(this::log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Every row of a database's {@code audit_event} table, every column. */
    public PrivacyScan auditRows(String jdbcUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select to_jsonb(a)::text from audit_event a")) {
            while (rs.next()) {
                auditRows++;
                text("audit_event of " + jdbcUrl, rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read audit_event at " + jdbcUrl + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The audit rows of the database the Quarkus application under test uses (its datasource settings). */
    public PrivacyScan auditRowsOfTheServiceUnderTest() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return auditRows(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    public List<String> findings() {
        return List.copyOf(findings);
    }

    public int records() {
        return records;
    }

    public int lines() {
        return lines;
    }

    public int auditRows() {
        return auditRows;
    }
}
