package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.EventPayload;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.Sex;
import ke.haki.monitoring.repository.ShadowProjection;
import ke.haki.testsupport.TopicWriter;
import ke.haki.law.Offence;
import ke.haki.law.ProhibitedClosure;
import ke.haki.law.SuspectRelationship;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.monitoring.service.DeadlineSweep;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * The projection rebuilt from the topics (a background job into a shadow projection, issue 14)
 * equals the live one, the rebuild raises no alert twice, and the monitor answers and consumes
 * while it runs.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
// the rebuild needs ngec-admin; the Feed waits for the projection through the national monitor's API
@TestSecurity(user = "admin.ngec", roles = { "ngec-admin", "ngec-monitor", "ngec-national-monitor" })
class RebuildTest {

    static final String REBUILDS = "/api/v1/admin/projection/rebuilds";

    static final List<String> PROJECTION = List.of(
            "select case_id, stage, county_code, station_code, offence, victim_pseudonym, victim_age_band, ob_number,"
                    + " odpp_file_number, court_case_number, reported_at, charged_at, judgment_at, verdict,"
                    + " sentence_life, sentence_years, sentence_flagged_below, prohibited_attempts, last_event_at,"
                    + " last_progress_at, last_nps_sequence, last_odpp_sequence, quiet_due_at, next_deadline_at,"
                    + " deadline_kind from monitored_case order by case_id",
            "select event_id, case_id, event_type, agency, unit_code, sequence, occurred_at, summary"
                    + " from timeline_entry order by event_id",
            "select case_id, suspect_ref, relationship from case_suspect order by 1, 2",
            "select case_id, suspect_ref, arrested_at, due_by, arraigned_at, alerted from arrest_timer order by 1, 2",
            "select case_id, agency, missing_sequence, grace_until, filled, alerted from sequence_gap order by 1, 2, 3",
            "select alert_id, status, version from alert order by alert_id");

    @Inject
    TestClock clock;

    @Inject
    DeadlineSweep sweep;

    @Inject
    EntityManager em;

    @Test
    void theRebuiltProjectionEqualsTheLiveOneAndNoAlertIsRaisedAgain() {
        Instant now = clock.instant();
        try (Feed returned = new Feed("041", "SYA-CENTRAL"); Feed gap = new Feed("041", "SYA-BONDO")) {
            returned.report(now.minus(Duration.ofDays(40)), Offence.GANG_DEFILEMENT);
            returned.victim(now.minus(Duration.ofDays(40)), 16);
            returned.nps(now.minus(Duration.ofDays(39)), new SuspectRecorded("S1", 19, SuspectRelationship.FAMILY_ACQUAINTANCE));
            returned.nps(now.minus(Duration.ofDays(39)), new SuspectArrested("S1", now.minus(Duration.ofDays(39)),
                    now.minus(Duration.ofDays(38))));
            returned.nps(now.minus(Duration.ofDays(30)), new CaseReferred(1, "ODPP-041", Offence.GANG_DEFILEMENT, 1, true));
            returned.odpp(now.minus(Duration.ofDays(29)), new ReferralReceived("ODPP/SYA/9/2026", "ODPP-041", 1));
            returned.odpp(now.minus(Duration.ofDays(25)), new ReturnedForInvestigation("ODPP/SYA/9/2026",
                    List.of("Obtain the P3 form"), java.time.LocalDate.of(2026, 12, 1)));
            returned.nps(now.minus(Duration.ofDays(24)), new ClosureAttemptRefused(ProhibitedClosure.RECONCILIATION,
                    ProhibitedClosure.RECONCILIATION.ruleId(), ProhibitedClosure.RECONCILIATION.statute(), "officer.x"));

            gap.report(now, Offence.DEFILEMENT);
            gap.npsNumbered(4, now, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER));
            gap.npsNumbered(3, now, new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER));
            clock.advance(Duration.ofMinutes(15));
            sweep.sweep();
            // breaches raised by the sweep, then overtaken by events: the rebuild must know them as alerted
            gap.npsNumbered(2, clock.instant(), new InvestigationUpdated(InvestigationUpdated.InvestigationStep.OTHER));
            returned.nps(clock.instant(), new SuspectArraigned("S1", clock.instant(), "Siaya Law Courts", false));
            assertThat(gap.alertStatuses("EVENT_SEQUENCE_GAP")).containsExactly("CLEARED");
            assertThat(returned.alertStatuses("ARRAIGNMENT_OVERDUE")).containsExactly("OPEN");
        }
        sweep.sweep();
        awaitAllConsumed();
        List<List<String>> live = snapshot();
        assertThat(live.get(0)).isNotEmpty();
        assertThat(live.get(4)).anyMatch(row -> row.contains("|NPS|2|")).anyMatch(row -> row.contains("|NPS|3|"));

        String job = startRebuild();
        awaitRebuilt(job).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("SUCCEEDED"))
                .body("eventsApplied", org.hamcrest.Matchers.equalTo(live.get(1).size()))
                .body("cases", org.hamcrest.Matchers.equalTo(live.get(0).size()));

        List<List<String>> rebuilt = snapshot();
        for (int i = 0; i < PROJECTION.size(); i++) {
            assertThat(rebuilt.get(i)).as(PROJECTION.get(i)).containsExactlyElementsOf(live.get(i));
        }
        assertThat(sweep.sweep().alertsRaised()).isZero();
    }

    /**
     * A backlog on the topics, then a rebuild: while it runs the case list answers and the live
     * consumers go on (a case reported during the rebuild is in the projection that replaces the
     * old one); a second rebuild is refused with 409; the tables the rebuild replaced equal the
     * ones it built, row for row, for every case but the one that arrived after the switch.
     */
    @Test
    void theMonitorAnswersAndConsumesWhileARebuildRunsAndASecondRebuildIsRefused() {
        ActingUnit station = new ActingUnit(Agency.NPS, "SYA-CENTRAL", "041");
        Instant at = clock.instant();
        List<ProducerRecord<String, String>> backlog = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String caseId = UUID.randomUUID().toString();
            List<EventPayload> payloads = List.of(
                    new CaseReported("OB " + i + "/10/4/2026", station.unitCode(), station.countyCode(), Offence.DEFILEMENT,
                            LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(1), at),
                    new VictimRecorded("V-BULK-" + i, 13, AgeBand.ofAge(13), AgeBasis.BIRTH_DATE, Sex.FEMALE, false),
                    new InvestigationUpdated(InvestigationUpdated.InvestigationStep.STATEMENT_RECORDED),
                    new InvestigationUpdated(InvestigationUpdated.InvestigationStep.WITNESS_INTERVIEWED),
                    new InvestigationUpdated(InvestigationUpdated.InvestigationStep.EXHIBIT_COLLECTED));
            for (int s = 0; s < payloads.size(); s++) {
                backlog.add(TopicWriter.recordOf(CaseEvent.of(UUID.randomUUID(), caseId, s + 1, at, station, payloads.get(s))));
            }
        }
        try (TopicWriter writer = new TopicWriter(Feed.bootstrapServers())) {
            writer.sendAll(backlog);
        }
        sweep.sweep();
        awaitAllConsumed();

        String job = startRebuild();
        given().post(REBUILDS).then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:haki:problem:rebuild-running"))
                .body("rebuildId", org.hamcrest.Matchers.equalTo(job.substring(job.lastIndexOf('/') + 1)));
        int answeredWhileRunning = 0;
        try (Feed during = new Feed("041", "SYA-BONDO")) {
            during.npsNoWait(clock.instant(), new CaseReported("OB 9/10/4/2026", "SYA-BONDO", "041", Offence.DEFILEMENT,
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1), clock.instant()));
            while ("RUNNING".equals(given().get(job).then().statusCode(200).extract().path("state"))) {
                given().queryParam("size", 20).get("/api/v1/cases").then().statusCode(200);
                if ("RUNNING".equals(given().get(job).then().extract().path("state"))) {
                    answeredWhileRunning++;
                }
            }
            assertThat(answeredWhileRunning).as("case lists answered while the rebuild ran").isPositive();
            given().get(job).then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("SUCCEEDED"))
                    .body("eventsPerSecond", org.hamcrest.Matchers.greaterThan(0f))
                    .body("finishedAt", org.hamcrest.Matchers.notNullValue());
            during.awaitTimeline(1);
            awaitAllConsumed();

            List<List<String>> rebuilt = snapshot("public");
            List<List<String>> replaced = snapshot(ShadowProjection.PREVIOUS);
            assertThat(rebuilt.get(1)).as("the backlog is in the rebuilt projection")
                    .hasSizeGreaterThanOrEqualTo(backlog.size());
            for (int i = 0; i < PROJECTION.size() - 1; i++) {
                assertThat(without(rebuilt.get(i), during.caseId)).as(PROJECTION.get(i))
                        .containsExactlyElementsOf(without(replaced.get(i), during.caseId));
            }
        }
    }

    @Test
    @TestSecurity(user = "monitor.ngec", roles = { "ngec-monitor", "ngec-national-monitor" })
    void aNationalMonitorMayNotRebuild() {
        given().post(REBUILDS).then().statusCode(403).contentType("application/problem+json");
        given().get(REBUILDS + "/{id}", UUID.randomUUID()).then().statusCode(403);
        given().post("/api/v1/admin/projection/rebuild").then().statusCode(403);
    }

    @Test
    void theSynchronousRebuildIsGone() {
        given().post("/api/v1/admin/projection/rebuild").then().statusCode(410).contentType("application/problem+json")
                .body("replacement", org.hamcrest.Matchers.equalTo(REBUILDS));
        given().get(REBUILDS + "/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body("{\"full\": true}").post(REBUILDS).then().statusCode(400);
    }

    /** Starts a rebuild; @return its Location. */
    private static String startRebuild() {
        io.restassured.response.Response started = given().post(REBUILDS);
        started.then().statusCode(202).header("Location", org.hamcrest.Matchers.containsString(REBUILDS + "/"))
                .body("state", org.hamcrest.Matchers.equalTo("RUNNING"));
        return java.net.URI.create(started.header("Location")).getPath();
    }

    /** Polls the rebuild until it is no longer running; @return its last answer. */
    private static io.restassured.response.Response awaitRebuilt(String job) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        io.restassured.response.Response last;
        do {
            last = given().get(job);
            if (!"RUNNING".equals(last.path("state"))) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the rebuild still runs after 120 s: " + last.asString());
    }

    private static List<String> without(List<String> rows, String caseId) {
        return rows.stream().filter(r -> !r.contains(caseId)).toList();
    }

    /** Waits until both consumer groups have nothing left to read (timeline rows stop changing). */
    private void awaitAllConsumed() {
        long[] last = { -1 };
        Feed.await("the live consumers are idle", () -> {
            long count = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("select count(*) from inbox_processed_event").getSingleResult()).longValue());
            boolean stable = count == last[0];
            last[0] = count;
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return stable;
        });
    }

    private List<List<String>> snapshot() {
        return snapshot("public");
    }

    /** The projection's tables in {@code schema} (alerts always from the live tables). */
    private List<List<String>> snapshot(String schema) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set local search_path to " + schema + ", public").executeUpdate();
            List<List<String>> tables = new ArrayList<>();
            for (String sql : PROJECTION) {
                List<String> rows = new ArrayList<>();
                for (Object row : em.createNativeQuery(sql).getResultList()) {
                    Object[] cells = row instanceof Object[] array ? array : new Object[] { row };
                    StringBuilder sb = new StringBuilder();
                    for (Object cell : cells) {
                        sb.append(cell instanceof java.time.OffsetDateTime o ? o.toInstant() : cell).append('|');
                    }
                    rows.add(sb.toString());
                }
                tables.add(rows);
            }
            return tables;
        });
    }
}
