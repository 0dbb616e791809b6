package ke.haki.e2e;

import static ke.haki.e2e.Agencies.as;
import static ke.haki.e2e.Agencies.police;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import ke.haki.contract.Topics;
import ke.haki.testsupport.PostgresServer;
import ke.haki.testsupport.PrivacyScan;

/**
 * The privacy scan over the packaged services (issue 15 item 6; ADR 0004 and 0005): runs last, so
 * it covers everything the end-to-end suite produced. Every record of every topic (key, value,
 * headers) and every line of every service's log carries none of the child's identity, the
 * suspect's name, nor the words the agencies keep (facility and court names, ODPP's directions);
 * every event the three services published follows its schema and fills no withdrawn field; every
 * audit row of the three databases is free of them too.
 */
@Order(Integer.MAX_VALUE)
class PrivacyScanE2ETest {

    static final String DIRECTION = "E2E privacy scan: record the statement of the fictional cousin";

    @BeforeAll
    static void stack() {
        Stack.get();
    }

    @Test
    void nothingTheSuiteProducedCarriesTheChildsIdentityOrTheWordsTheAgenciesKeep() {
        String caseId = Agencies.referredNairobiCase();
        Agencies.awaitOdppFile(caseId);
        Agencies.odppAction("/api/v1/files/{id}/return-for-investigation", Map.of("directions", List.of(DIRECTION),
                "directionCodes", List.of("RECORD_WITNESS_STATEMENT"), "respondBy", LocalDate.now().plusDays(14).toString()),
                caseId).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("officer.nairobi")
                .get(police() + "/api/v1/cases/{id}", caseId).then().body("status", equalTo("RETURNED_FOR_INVESTIGATION")));

        Stack stack = Stack.get();
        PrivacyScan scan = new PrivacyScan(List.of("E2E Child (fictional)", "E2E Suspect (fictional)", "2013-02-17",
                "Nairobi Women's Hospital GVRC", "Milimani Law Courts", "Record the neighbour's statement", DIRECTION))
                .topics(stack.kafka.bootstrapServers(), Set.of(Topics.NPS_CASE_EVENTS, Topics.ODPP_CASE_EVENTS,
                        Topics.NGEC_CASE_ALERTS))
                .logs(Path.of("target/e2e-logs"));
        for (String db : List.of("police_intake", "prosecution", "monitoring")) {
            scan.auditRows(stack.postgres.jdbcUrl(db), db, PostgresServer.PASSWORD);
        }
        assertThat(scan.records()).as("records scanned").isGreaterThanOrEqualTo(10);
        assertThat(scan.lines()).as("log lines scanned").isPositive();
        assertThat(scan.auditRows()).as("audit rows scanned").isPositive();
        assertThat(scan.findings()).isEmpty();
    }
}
