package ke.haki.kit.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.testsupport.TopicReader;

/** Calls on the kit's test application and looks into its database, as the application's role. */
final class KitApp {

    private KitApp() {}

    static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** Creates a case (its note and one event); returns its id. */
    static String createCase() {
        return given().contentType(ContentType.JSON).body(Map.of("text", "a note"))
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
    }

    static void appendEvents(String caseId, int count) {
        given().queryParam("count", count).post("/api/v1/cases/{id}/events", caseId).then().statusCode(204);
    }

    static List<String> sequences(List<ConsumerRecord<String, String>> records, String caseId) {
        return records.stream().filter(r -> caseId.equals(r.key()))
                .map(r -> TopicReader.header(r, CloudEventHeaders.SEQUENCE)).toList();
    }

    static long count(String sql, Object... params) {
        return ((Number) single(sql, params)).longValue();
    }

    static Object single(String sql, Object... params) {
        List<List<Object>> rows = rows(sql, params);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0).get(0);
    }

    static List<List<Object>> rows(String sql, Object... params) {
        try (Connection c = db().getConnection(); PreparedStatement s = prepare(c, sql, params);
                ResultSet rs = s.executeQuery()) {
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }

    static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params)) {
            s.execute();
        }
    }

    static AgroalDataSource db() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
