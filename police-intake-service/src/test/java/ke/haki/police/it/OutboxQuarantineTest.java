package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.Topics;
import ke.haki.kit.outbox.OutboxRelay;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;

/**
 * One outbox row the relay cannot read must not stop the country's events: it is quarantined with
 * its reason, only its own case's later events wait, and once an operator repairs and releases it
 * (the runbook's SQL) the case's events follow in order, each once.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047") })
class OutboxQuarantineTest {

    private static final String POISON = "corrupted-by-test ";

    @Inject
    AgroalDataSource db;

    @Test
    void aPoisonedRowIsQuarantinedWhileOtherCasesFlowAndItsCaseFollowsInOrderOnceReleased() throws Exception {
        String caseA;
        String caseB;
        String caseC;
        long poisonedId;
        String original;
        try (Connection pause = db.getConnection()) {
            // hold the relay's advisory lock, so the row can be spoiled before the relay sees it
            exec(pause, "select pg_advisory_lock(?)", OutboxRelay.ADVISORY_LOCK_KEY);
            try {
                caseA = PoliceApi.register();
                PoliceApi.recordVictim(caseA).then().statusCode(200);
                PoliceApi.addSuspect(caseA);
                poisonedId = longValue(pause, "select id from outbox_event where case_id = ? and sequence = 2", caseA);
                original = stringValue(pause, "select event_json from outbox_event where id = ?", poisonedId);
                exec(pause, "update outbox_event set event_json = ? where id = ?", POISON + original, poisonedId);
                caseB = PoliceApi.register();
                PoliceApi.recordVictim(caseB).then().statusCode(200);
                caseC = PoliceApi.register();
            } finally {
                exec(pause, "select pg_advisory_unlock(?)", OutboxRelay.ADVISORY_LOCK_KEY);
            }
        }

        try (TopicReader reader = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            assertThat(reader.recordsFor(caseB, 2, Duration.ofSeconds(30))).as("case B flows").hasSize(2);
            assertThat(reader.recordsFor(caseC, 1, Duration.ofSeconds(30))).as("case C flows").hasSize(1);
            assertThat(sequences(reader.drain(), caseA)).as("case A up to the poisoned row").containsExactly(CloudEventHeaders.sequence(1));
        }
        try (Connection c = db.getConnection()) {
            assertThat(stringValue(c, "select quarantine_reason from outbox_event where id = ?", poisonedId))
                    .startsWith("unreadable payload: MalformedEventException").doesNotContain("corrupted-by-test");
            assertThat(longValue(c, "select count(*) from outbox_event where id = ? and quarantined_at is not null"
                    + " and published_at is null", poisonedId)).isEqualTo(1);
            assertThat(longValue(c, "select count(*) from outbox_event where case_id = ? and sequence = 3"
                    + " and quarantined_at is null and published_at is null", caseA)).as("A's later row held").isEqualTo(1);
        }
        given().get("/q/health/group/degraded").then().statusCode(503)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'outbox' }.data.quarantined", equalTo(1))
                .body("checks.find { it.name == 'outbox' }.data.held", equalTo(1));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health").then().statusCode(200); // the degraded group is not part of it
        assertThat(metric("haki_outbox_quarantined")).isEqualTo(1.0);
        assertThat(metric("haki_outbox_held")).isEqualTo(1.0);
        assertThat(metric("haki_outbox_quarantines_total")).isGreaterThanOrEqualTo(1.0);
        String log = Files.readString(Path.of("target/quarkus-test.log"));
        assertThat(log).contains("row " + poisonedId + " of case " + caseA + " quarantined")
                .doesNotContain("corrupted-by-test");

        // the operator repairs the payload and releases the row (docs/operations/runbook.md)
        try (Connection c = db.getConnection()) {
            exec(c, "update outbox_event set event_json = ?, quarantined_at = null, quarantine_reason = null"
                    + " where id = ? and published_at is null", original, poisonedId);
        }
        try (TopicReader reader = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            reader.recordsFor(caseA, 3, Duration.ofSeconds(30));
            assertThat(sequences(reader.drain(), caseA)).as("A in order, each once").containsExactly(CloudEventHeaders.sequence(1), CloudEventHeaders.sequence(2), CloudEventHeaders.sequence(3));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metric("haki_outbox_quarantined")).isZero());
        given().get("/q/health/group/degraded").then()
                .body("checks.name", hasItem("outbox"))
                .body("checks.find { it.name == 'outbox' }.data.quarantined", equalTo(0));
    }

    private static List<String> sequences(List<ConsumerRecord<String, String>> records, String caseId) {
        return records.stream().filter(r -> caseId.equals(r.key()))
                .map(r -> TopicReader.header(r, CloudEventHeaders.SEQUENCE)).toList();
    }

    /** The value of a gauge or counter without tags, as Prometheus scrapes it. */
    static double metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name));
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params)) {
            s.execute();
        }
    }

    private static long longValue(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }

    private static String stringValue(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
