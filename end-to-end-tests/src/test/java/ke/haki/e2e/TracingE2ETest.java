package ke.haki.e2e;

import static ke.haki.e2e.Agencies.as;
import static ke.haki.e2e.Agencies.ngec;
import static ke.haki.e2e.Agencies.police;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.Topics;
import ke.haki.testsupport.ServiceProcess;
import ke.haki.testsupport.TopicReader;

/**
 * One trace id from the police HTTP call to the monitor's alert, through the packaged services: a
 * station system sends its own {@code traceparent}; the police server span, the outbox row, the
 * relayed record, the prosecutor's and the monitor's consumer spans, the alert's record and the alert
 * itself all carry that trace.
 */
class TracingE2ETest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @BeforeAll
    static void stack() {
        Stack.get();
    }

    @Test
    void oneTraceFromThePoliceCallThroughKafkaToTheMonitorsAlert() {
        String caseId = Agencies.referredNairobiCase();
        String traceId = hex(16);
        String callerSpan = hex(8);
        System.out.println("TracingE2ETest: trace " + traceId + " (deploy/local/views/Views.java trace --trace " + traceId + ")");
        as("officer.nairobi").header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body(Map.of("reason", "COMPLAINANT_WITHDRAWAL", "note", "mother withdrew"))
                .post(police() + "/api/v1/cases/{id}/closure", caseId).then().statusCode(422);

        // the refused attempt travels with the trace of the call that caused it
        try (TopicReader nps = new TopicReader(Stack.get().kafka.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> refused = nps.readUntil(all -> all.stream().anyMatch(r -> isRefusal(r, caseId)),
                    Duration.ofSeconds(60)).stream().filter(r -> isRefusal(r, caseId)).toList();
            assertThat(refused).hasSize(1);
            assertThat(traceIdOf(refused.get(0))).isEqualTo(traceId);
            List<ConsumerRecord<String, String>> earlier = nps.recordsFor(caseId, 5, Duration.ofSeconds(30)).stream()
                    .filter(r -> !isRefusal(r, caseId)).toList();
            assertThat(earlier).as("the earlier calls of the case are other traces").isNotEmpty()
                    .allSatisfy(r -> assertThat(traceIdOf(r)).isNotNull().isNotEqualTo(traceId));
        }

        // the monitor raised the alert in the same trace, and says so
        Map<String, Object> alert = await().atMost(Duration.ofSeconds(60)).until(() -> Agencies.alerts(caseId).stream()
                .filter(a -> "PROHIBITED_CLOSURE_ATTEMPT".equals(a.get("type"))).findFirst().orElse(null), a -> a != null);
        assertThat(alert.get("traceId")).isEqualTo(traceId);
        as("monitor.ngec").get(ngec() + "/api/v1/alerts/{id}", alert.get("alertId")).then().statusCode(200)
                .body("traceId", org.hamcrest.Matchers.equalTo(traceId));
        try (TopicReader alerts = new TopicReader(Stack.get().kafka.bootstrapServers(), Topics.NGEC_CASE_ALERTS)) {
            List<ConsumerRecord<String, String>> raised = alerts.readUntil(all -> all.stream().anyMatch(r ->
                    caseId.equals(r.key()) && traceId.equals(traceIdOf(r))), Duration.ofSeconds(60));
            assertThat(raised).filteredOn(r -> caseId.equals(r.key()) && traceId.equals(traceIdOf(r)))
                    .extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE)).contains("ke.ngec.alert.raised.v1");
        }

        // each service logged its part of the trace (the local trace view reads these lines)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(spans(Stack.get().police, traceId))
                    .anySatisfy(s -> assertThat(s).contains("kind=SERVER", "parent=" + callerSpan, "/api/v1/cases/{caseId}/closure"))
                    .anySatisfy(s -> assertThat(s).contains("kind=PRODUCER", "nps.case-events.v1 publish"));
            assertThat(spans(Stack.get().prosecution, traceId))
                    .anySatisfy(s -> assertThat(s).contains("kind=CONSUMER", "nps.case-events.v1 process"));
            assertThat(spans(Stack.get().monitoring, traceId))
                    .anySatisfy(s -> assertThat(s).contains("kind=CONSUMER", "nps.case-events.v1 process"))
                    .anySatisfy(s -> assertThat(s).contains("kind=PRODUCER", "ngec.case-alerts.v1 publish"));
        });
        assertThat(logText(Stack.get().police)).as("no span line names the child").doesNotContain("E2E Child");
    }

    private static boolean isRefusal(ConsumerRecord<String, String> r, String caseId) {
        return caseId.equals(r.key()) && "ke.nps.closure-attempt.refused.v1".equals(TopicReader.header(r, CloudEventHeaders.TYPE));
    }

    /** The trace id in a record's W3C traceparent header ({@code 00-<trace>-<span>-<flags>}). */
    static String traceIdOf(ConsumerRecord<?, ?> record) {
        String traceParent = TopicReader.header(record, "traceparent");
        if (traceParent == null) {
            return null;
        }
        assertThat(traceParent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        return traceParent.substring(3, 35);
    }

    private static List<String> spans(ServiceProcess service, String traceId) {
        return logText(service).lines().filter(l -> l.contains("span trace=" + traceId)).toList();
    }

    private static String logText(ServiceProcess service) {
        try {
            Path log = service.log();
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
