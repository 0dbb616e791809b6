package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.law.Offence;
import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.monitoring.metrics.AlertBacklog;
import ke.haki.monitoring.service.DeadlineSweep;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;
import ke.haki.testsupport.TopicWriter;

/**
 * The metrics an operator reads at /q/metrics move when the monitor does something: an alert
 * raised, a sweep, events applied, duplicates, dead letters; no case id ever appears in them.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class MetricsTest {

    /** Baringo: no other test raises alerts there, so its gauges move only with this test. */
    private static final String COUNTY = "030";

    @Inject
    TestClock clock;

    @Inject
    DeadlineSweep sweep;

    @Inject
    AlertBacklog backlog;

    @Inject
    IdempotentConsumer inbox;

    @Test
    void aQuietCaseRaisedByASweepShowsInTheCountersAndTheCountysGauges() {
        try (Feed feed = new Feed(COUNTY, "BAR-KABARNET")) {
            clock.advance(Duration.ofHours(1));
            Instant reported = clock.instant();
            feed.report(reported, Offence.DEFILEMENT);
            // everyone else's due cases first, so that the next sweep finds this case
            clock.advance(Duration.ofDays(14).minus(Duration.ofMinutes(30)));
            sweep.sweep();
            backlog.refresh();
            Scrape before = Scrape.now();

            clock.advance(Duration.ofHours(1));
            backlog.refresh();
            assertThat(Scrape.now().sum("haki_monitoring_cases_due")).as("due before the sweep")
                    .isGreaterThanOrEqualTo(1);
            DeadlineSweep.Result result = sweep.sweep();
            clock.advance(Duration.ofHours(2));
            backlog.refresh();
            Scrape after = Scrape.now();

            assertThat(result.alertsRaised()).isGreaterThanOrEqualTo(1);
            String quiet = "type=\"case_quiet\"";
            String medium = "severity=\"medium\"";
            assertThat(after.sum("haki_monitoring_alerts_raised_total", quiet, medium)
                    - before.sum("haki_monitoring_alerts_raised_total", quiet, medium)).isGreaterThanOrEqualTo(1);
            assertThat(after.sum("haki_monitoring_sweep_duration_seconds_count")
                    - before.sum("haki_monitoring_sweep_duration_seconds_count")).isEqualTo(1);
            assertThat(after.sum("haki_monitoring_sweep_cases_due_total")
                    - before.sum("haki_monitoring_sweep_cases_due_total")).isEqualTo(result.casesDue());
            assertThat(after.sum("haki_monitoring_cases_due")).as("the sweep handled them").isZero();

            String county = "county=\"" + COUNTY + "\"";
            assertThat(after.sum("haki_monitoring_alerts_open", county)
                    - before.sum("haki_monitoring_alerts_open", county)).isEqualTo(1);
            assertThat(after.sum("haki_monitoring_alerts_active", county)
                    - before.sum("haki_monitoring_alerts_active", county)).isEqualTo(1);
            assertThat(after.sum("haki_monitoring_alerts_open_oldest_age_seconds", county))
                    .as("raised 2 hours ago on the monitor's clock").isGreaterThanOrEqualTo(2 * 3600);
            assertThat(after.has("haki_monitoring_alerts_open", "county=\"001\"")).as("every county, at zero too").isTrue();

            String alertId = given().get("/api/v1/cases/{id}/alerts", feed.caseId).then().statusCode(200)
                    .extract().jsonPath().getString("find { it.type == 'CASE_QUIET' }.alertId");
            String etag = given().get("/api/v1/alerts/{id}", alertId).then().statusCode(200).extract().header("ETag");
            given().contentType("application/json").header("If-Match", etag).body(Map.of("note", "seen"))
                    .post("/api/v1/alerts/{id}/acknowledge", alertId).then().statusCode(200);
            backlog.refresh();
            Scrape acknowledged = Scrape.now();
            assertThat(acknowledged.sum("haki_monitoring_alerts_open", county)).isEqualTo(before.sum("haki_monitoring_alerts_open", county));
            assertThat(acknowledged.sum("haki_monitoring_alerts_active", county)).isEqualTo(after.sum("haki_monitoring_alerts_active", county));

            assertThat(acknowledged.text).as("no case id in any label").doesNotContain(feed.caseId);
        }
    }

    @Test
    void appliedDuplicateAndDeadLetteredEventsAreCountedByTopic() {
        String nps = "topic=\"" + Topics.NPS_CASE_EVENTS + "\"";
        String odpp = "topic=\"" + Topics.ODPP_CASE_EVENTS + "\"";
        Scrape before = Scrape.now();
        assertThat(before.has("haki_events_dead_lettered_total", odpp, "reason=\"malformed\""))
                .as("registered at zero from start-up").isTrue();
        try (Feed feed = new Feed(COUNTY, "BAR-KABARNET");
                TopicWriter writer = new TopicWriter(Feed.bootstrapServers());
                TopicReader dlq = new TopicReader(Feed.bootstrapServers(), Topics.MONITORING_DLQ)) {
            CaseEvent reported = feed.report(clock.instant(), Offence.DEFILEMENT);
            feed.redeliver(reported);
            String key = "poison-" + System.nanoTime();
            writer.send(Topics.ODPP_CASE_EVENTS, key, "{\"type\":\"not-a-type\"}", Map.of());
            assertThat(dlq.recordsFor(key, 1, Duration.ofSeconds(60))).hasSize(1);
            Feed.await("the duplicate is counted", () -> Scrape.now().sum("haki_events_consumed_total", nps, "outcome=\"duplicate\"")
                    > before.sum("haki_events_consumed_total", nps, "outcome=\"duplicate\""));
            Scrape after = Scrape.now();

            assertThat(after.sum("haki_events_consumed_total", nps, "outcome=\"applied\"")
                    - before.sum("haki_events_consumed_total", nps, "outcome=\"applied\"")).isEqualTo(1);
            assertThat(after.sum("haki_events_consumed_total", nps, "outcome=\"duplicate\"")
                    - before.sum("haki_events_consumed_total", nps, "outcome=\"duplicate\"")).isEqualTo(1);
            assertThat(after.sum("haki_events_dead_lettered_total", odpp, "reason=\"malformed\"")
                    - before.sum("haki_events_dead_lettered_total", odpp, "reason=\"malformed\"")).isEqualTo(1);
            assertThat(after.text).doesNotContain(feed.caseId).doesNotContain(key);
        }
    }

    @Test
    void anEventWhoseEffectKeepsFailingIsCountedAsFailedAndIsLoggedWithItsCaseId() {
        String caseId = UUID.randomUUID().toString();
        CaseEvent event = CaseEvent.of(UUID.randomUUID(), caseId, 1, clock.instant(),
                new ke.haki.contract.ActingUnit(ke.haki.contract.Agency.NPS, "BAR-KABARNET", COUNTY),
                new ke.haki.contract.nps.CaseReported("OB 1/10/4/2026", "BAR-KABARNET", COUNTY, Offence.DEFILEMENT,
                        java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), clock.instant()));
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.NPS_CASE_EVENTS, 0, 0, caseId,
                EventCodec.toJson(event));
        // a genuine event carries its CloudEvents headers (consumers check its provenance)
        ke.haki.contract.CloudEventHeaders.of(event).forEach((k, v) -> record.headers().add(k,
                v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String failed = "reason=\"failed\"";
        String nps = "topic=\"" + Topics.NPS_CASE_EVENTS + "\"";
        double before = Scrape.now().sum("haki_events_dead_lettered_total", nps, failed);
        AtomicReference<Object> logged = new AtomicReference<>();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inbox.process("metrics-test", record, e -> {
            logged.set(MDC.get("caseId"));
            throw new IllegalStateException("the effect fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(logged.get()).as("caseId in the log context while applying").isEqualTo(caseId);
        assertThat(MDC.get("caseId")).as("and gone afterwards").isNull();
        assertThat(Scrape.now().sum("haki_events_dead_lettered_total", nps, failed) - before).isEqualTo(1);
    }

}
