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

import ke.haki.contract.ClosureAttemptRefused;
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

/** The projection rebuilt from the topics equals the live one, and the rebuild raises no alert twice. */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
// the rebuild needs ngec-admin; the Feed waits for the projection through the national monitor's API
@TestSecurity(user = "admin.ngec", roles = { "ngec-admin", "ngec-monitor", "ngec-national-monitor" })
class RebuildTest {

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

        given().post("/api/v1/admin/projection/rebuild").then().statusCode(200)
                .body("eventsApplied", org.hamcrest.Matchers.equalTo(live.get(1).size()))
                .body("cases", org.hamcrest.Matchers.equalTo(live.get(0).size()));

        List<List<String>> rebuilt = snapshot();
        for (int i = 0; i < PROJECTION.size(); i++) {
            assertThat(rebuilt.get(i)).as(PROJECTION.get(i)).containsExactlyElementsOf(live.get(i));
        }
        assertThat(sweep.sweep().alertsRaised()).isZero();
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
        return QuarkusTransaction.requiringNew().call(() -> {
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
