package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.law.Offence;
import ke.haki.monitoring.service.DeadlineSweep;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * The sweep's narrow {@code case_deadline} table (issue 14): its row follows the case's next
 * deadline as the projection computes it, a closed case has none and is never swept, the sweep
 * takes due rows only, and a row another transaction holds (another replica's sweep, or a
 * consumer applying an event to that case) is skipped and swept later, never twice.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class CaseDeadlineTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineSweep sweep;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /** The case's deadline row: due_at, kind, quiet_due_at; empty when it has none. */
    private List<Object> row(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select due_at, kind, quiet_due_at from case_deadline where case_id = ?1")
                    .setParameter(1, caseId).getResultList();
            List<Object> cells = new ArrayList<>();
            for (Object cell : rows.isEmpty() ? new Object[0] : (Object[]) rows.get(0)) {
                cells.add(cell instanceof OffsetDateTime o ? o.toInstant() : cell);
            }
            return cells;
        });
    }

    @Test
    void theRowFollowsTheCaseAClosedCaseHasNoneAndTheSweepTakesOnlyDueRows() {
        try (Feed quiet = new Feed("047", "NRB-KILIMANI"); Feed arrested = new Feed("047", "NRB-KILIMANI");
                Feed closed = new Feed("047", "NRB-KILIMANI")) {
            Instant now = clock.advanceToTuesdayMorningInKenya();
            Instant quietLimit = now.plus(Duration.ofDays(14));
            quiet.report(now, Offence.DEFILEMENT);
            assertThat(row(quiet.caseId)).containsExactly(quietLimit, "CASE_QUIET", quietLimit);

            arrested.report(now, Offence.DEFILEMENT);
            arrested.nps(now, new SuspectArrested("S1", now, now.plus(Duration.ofHours(24))));
            List<Object> arrestRow = row(arrested.caseId);
            assertThat(arrestRow).as("the stage's quiet limit stays beside the arrest").hasSize(3).doesNotContainNull();
            assertThat(arrestRow).containsExactly(now.plus(Duration.ofHours(24)), "ARRAIGNMENT", arrestRow.get(2));
            given().get("/api/v1/cases/{id}", arrested.caseId).then().statusCode(200)
                    .body("deadline.kind", equalTo("ARRAIGNMENT"))
                    .body("deadline.dueAt", equalTo(now.plus(Duration.ofHours(24)).toString()));

            closed.report(now, Offence.DEFILEMENT);
            assertThat(row(closed.caseId)).isNotEmpty();
            closed.nps(now, new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.NO_OFFENCE_DISCLOSED));
            assertThat(row(closed.caseId)).as("a closed case has no deadline row").isEmpty();

            sweep.sweep();
            assertThat(row(arrested.caseId)).as("nothing due yet: unchanged").isEqualTo(arrestRow);

            clock.advance(Duration.ofHours(25));
            assertThat(sweep.sweep().casesDue()).isPositive();
            assertThat(arrested.alertStatuses("ARRAIGNMENT_OVERDUE")).containsExactly("OPEN");
            assertThat(row(arrested.caseId)).as("the arraignment raised, the quiet limit is next")
                    .containsExactly(arrestRow.get(2), "CASE_QUIET", arrestRow.get(2));
            assertThat(row(quiet.caseId)).as("not due: untouched").containsExactly(quietLimit, "CASE_QUIET", quietLimit);

            clock.advance(Duration.ofDays(14));
            sweep.sweep();
            assertThat(quiet.alertStatuses("CASE_QUIET")).containsExactly("OPEN");
            assertThat(row(quiet.caseId)).as("everything due was raised: no row").isEmpty();
            assertThat(closed.alertStatuses("CASE_QUIET")).as("a closed case is not swept").isEmpty();
            assertThat(sweep.sweep().alertsRaised()).isZero();

            Instant later = clock.instant();
            quiet.nps(later, new SuspectArrested("S2", later, later.plus(Duration.ofHours(24))));
            assertThat(row(quiet.caseId)).as("a new arrest: the row is back").startsWith(later.plus(Duration.ofHours(24)),
                    "ARRAIGNMENT");
            quiet.nps(later, new SuspectArraigned("S2", later, "Milimani Law Courts", false));
            List<Object> afterArraignment = row(quiet.caseId);
            assertThat(afterArraignment).as("arraigned in time: no arraignment deadline").doesNotContain("ARRAIGNMENT");
            given().get("/api/v1/cases/{id}", quiet.caseId).then().statusCode(200)
                    .body("deadline.kind", equalTo(afterArraignment.isEmpty() ? null : afterArraignment.get(1)));
        }
    }

    @Test
    void aDueRowAnotherTransactionHoldsIsSkippedAndSweptOnceItIsFree() throws SQLException {
        try (Feed feed = new Feed("045", "KSI-CENTRAL")) {
            feed.report(clock.instant().minus(Duration.ofDays(15)), Offence.DEFILEMENT);
            assertThat(row(feed.caseId)).element(1).isEqualTo("CASE_QUIET");
            // another replica's sweep holding the deadline row, then a consumer holding the case's row
            for (String held : List.of("select 1 from case_deadline where case_id = ? for update",
                    "select 1 from monitored_case where case_id = ? for update")) {
                try (Connection other = dataSource.getConnection()) {
                    other.setAutoCommit(false);
                    try (PreparedStatement lock = other.prepareStatement(held)) {
                        lock.setString(1, feed.caseId);
                        lock.executeQuery().close();
                    }
                    sweep.sweep();
                    assertThat(feed.alertStatuses("CASE_QUIET")).as("held: " + held).isEmpty();
                    assertThat(row(feed.caseId)).as("still due").element(1).isEqualTo("CASE_QUIET");
                    other.rollback();
                }
            }
            sweep.sweep();
            assertThat(feed.alertStatuses("CASE_QUIET")).containsExactly("OPEN");
            assertThat(row(feed.caseId)).isEmpty();
        }
    }
}
