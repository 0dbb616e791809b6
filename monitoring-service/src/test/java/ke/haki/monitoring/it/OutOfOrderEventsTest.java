package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.law.ChargeCount;
import ke.haki.law.Offence;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;

/**
 * Events out of lifecycle order on the real topics: a judgment before any charge, a plea on a
 * closed file, a referral after the judgment, a second police report that would move the case to
 * another county. Each lands in the monitor's dead-letter topic with its reason and changes
 * nothing: not the case, not its timeline.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class OutOfOrderEventsTest {

    @Inject
    TestClock clock;

    private static final JudgmentDelivered ACQUITTAL = new JudgmentDelivered("ODPP/047/2026/000901",
            "Sexual Offence Case No. E901 of 2026", LocalDate.of(2026, 4, 30), JudgmentDelivered.Verdict.ACQUITTED,
            null, null, false);

    /** The dead letter of this event (the topic also holds other tests' records, some not events at all). */
    private static boolean isOf(ConsumerRecord<String, String> record, CaseEvent event) {
        return event.caseId().equals(record.key()) && EventCodec.fromJson(record.value()).eventId().equals(event.eventId());
    }

    private static String deadLetterReason(CaseEvent event) {
        try (TopicReader dlq = new TopicReader(Feed.bootstrapServers(), Topics.MONITORING_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.readUntil(all -> all.stream()
                    .anyMatch(r -> isOf(r, event)), Duration.ofSeconds(30));
            return dead.stream().filter(r -> isOf(r, event))
                    .findFirst().map(r -> TopicReader.header(r, "dead-letter-reason"))
                    .orElseThrow(() -> new AssertionError("no dead letter for " + event.type().typeName()));
        }
    }

    private static Map<String, Object> caseView(Feed feed) {
        return given().get("/api/v1/cases/{id}", feed.caseId).then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static List<String> timeline(Feed feed) {
        return given().get("/api/v1/cases/{id}/timeline", feed.caseId).then().statusCode(200).extract().jsonPath()
                .getList("eventId", String.class);
    }

    @Test
    void aJudgmentBeforeAnyChargeIsADeadLetterAndChangesNothing() {
        try (Feed feed = new Feed("047", "NRB-KILIMANI")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            feed.odpp(now, new ReferralReceived("ODPP/047/2026/000901", "ODPP-047", 1));
            Map<String, Object> before = caseView(feed);
            List<String> timelineBefore = timeline(feed);

            CaseEvent judgment = feed.odppNoWait(now, ACQUITTAL);
            assertThat(deadLetterReason(judgment)).contains("does not fit case " + feed.caseId)
                    .contains("needs a charge before the court").contains("REFERRED");
            assertThat(caseView(feed)).isEqualTo(before);
            assertThat(timeline(feed)).isEqualTo(timelineBefore);
        }
    }

    @Test
    void aPleaOnAClosedFileIsADeadLetter() {
        try (Feed feed = new Feed("047", "NRB-KILIMANI")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            feed.odpp(now, new ReferralReceived("ODPP/047/2026/000902", "ODPP-047", 1));
            feed.odpp(now, new ChargeDeclined("ODPP/047/2026/000902", ChargeDeclined.DeclineReason.INSUFFICIENT_EVIDENCE,
                    false, true));
            Map<String, Object> before = caseView(feed);
            CaseEvent plea = feed.odppNoWait(now, new PleaRecorded("Sexual Offence Case No. E902 of 2026",
                    PleaRecorded.Plea.NOT_GUILTY, LocalDate.of(2026, 4, 20)));
            assertThat(deadLetterReason(plea)).contains("needs a charge before the court").contains("CLOSED");
            assertThat(caseView(feed)).isEqualTo(before);
            assertThat(before.get("stage")).isEqualTo("CLOSED");
        }
    }

    @Test
    void aReferralAfterTheJudgmentIsADeadLetterAndTheCaseStaysJudged() {
        try (Feed feed = new Feed("047", "NRB-KILIMANI")) {
            Instant now = clock.instant();
            feed.report(now.minus(Duration.ofDays(30)), Offence.DEFILEMENT);
            feed.nps(now.minus(Duration.ofDays(29)), new CaseReferred(1, "ODPP-047", Offence.DEFILEMENT, 1, true));
            feed.odpp(now.minus(Duration.ofDays(29)), new ReferralReceived("ODPP/047/2026/000903", "ODPP-047", 1));
            feed.odpp(now.minus(Duration.ofDays(20)), new ChargeApproved("ODPP/047/2026/000903",
                    List.of(new ChargeCount("s.8(1) as read with s.8(3) Sexual Offences Act", false)), null, null));
            feed.odpp(now.minus(Duration.ofDays(19)), new ChargeFiled("ODPP/047/2026/000903", "Milimani Law Courts",
                    "Sexual Offence Case No. E903 of 2026", LocalDate.of(2026, 4, 1), List.of()));
            feed.odpp(now.minus(Duration.ofDays(1)), ACQUITTAL);
            Map<String, Object> before = caseView(feed);
            assertThat(before.get("stage")).isEqualTo("JUDGMENT");

            CaseEvent referral = feed.npsRefused(now, new CaseReferred(2, "ODPP-047", Offence.DEFILEMENT, 1, true));
            assertThat(deadLetterReason(referral)).contains("after the case was judged");
            given().get("/api/v1/cases/{id}", feed.caseId).then().body("stage", equalTo("JUDGMENT"));
            assertThat(caseView(feed)).isEqualTo(before);
        }
    }

    @Test
    void aSecondPoliceReportCannotMoveTheCaseToAnotherCounty() {
        try (Feed feed = new Feed("045", "KSI-KISII-CENTRAL")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            Map<String, Object> before = caseView(feed);
            CaseEvent moved = feed.npsRefused(now, new CaseReported("OB 9/10/4/2026", "KSI-KISII-CENTRAL", "047",
                    Offence.DEFILEMENT, LocalDate.of(2026, 4, 9), now));
            assertThat(deadLetterReason(moved)).contains("already reported").contains("047");
            assertThat(caseView(feed)).isEqualTo(before);
            assertThat(before.get("countyCode")).isEqualTo("045");
        }
    }
}
