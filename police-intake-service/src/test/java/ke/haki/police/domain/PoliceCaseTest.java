package ke.haki.police.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.nps.CaseClosedByPolice.PoliceClosureReason;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.nps.InvestigationUpdated.InvestigationStep;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.SuspectReleased;
import ke.haki.contract.nps.SuspectReleased.ReleaseTerms;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.law.CourtCalendar;
import ke.haki.law.MedicalForm;
import ke.haki.law.Offence;
import ke.haki.law.ProhibitedClosure;
import ke.haki.law.RuleViolation;
import ke.haki.law.Sex;
import ke.haki.law.SuspectRelationship;

/**
 * The rules of a police case, each command accepted and refused, without a database: the one test
 * file of "no withdrawal or settlement" and of "arraignment within the constitutional limit".
 */
class PoliceCaseTest {

    private static final ArraignmentDeadline DEADLINE = new ArraignmentDeadline(CourtCalendar.standard());
    private static final LocalDate OFFENCE_DATE = LocalDate.parse("2026-04-09");
    /** Friday 27 November 2026, 19:30 EAT: Art. 49(1)(f)(ii) gives until the end of Monday 30 November. */
    private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-27T16:30:00Z");
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T06:30:00Z");
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-12-01T06:30:00Z");

    // registration

    @Test
    void aReportAtItsStationsCountyIsRegistered() {
        PoliceCase.Registration registration = PoliceCase.register(report(Offence.DEFILEMENT), "047");
        assertThat(registration.policeCase().state().status()).isEqualTo(CaseStatus.REPORTED);
        assertThat(registration.event()).isEqualTo(new CaseReported("OB 56/10/4/2026", "NRB-KILIMANI", "047",
                Offence.DEFILEMENT, OFFENCE_DATE, Instant.parse("2026-04-10T07:30:00Z")));
    }

    @Test
    void aReportNamingAnotherCountyThanItsStationsIsRefused() {
        refused(() -> PoliceCase.register(report(Offence.DEFILEMENT), "045"), PoliceCase.COUNTY_NOT_THE_STATIONS);
    }

    // the victim

    @Test
    void theVictimsAgeIsTheAgeAtTheOffence() {
        PoliceCase c = inStatus(CaseStatus.REPORTED);
        VictimRecorded recorded = c.recordVictim("V-1", LocalDate.parse("2013-02-01"), null, null, Sex.FEMALE, false);
        assertThat(recorded).isEqualTo(new VictimRecorded("V-1", 13, AgeBand.AGED_12_TO_15, AgeBasis.BIRTH_DATE,
                Sex.FEMALE, false));
        assertThat(c.state().victim().age().years()).isEqualTo(13);
        assertThat(c.state().status()).as("recording the victim is not investigating").isEqualTo(CaseStatus.REPORTED);
    }

    @Test
    void aVictimOfEighteenOrAClosedCaseIsRefused() {
        refused(() -> inStatus(CaseStatus.REPORTED).recordVictim("V-1", LocalDate.parse("2008-04-09"), null, null,
                Sex.FEMALE, false), "not-a-child");
        refused(() -> inStatus(CaseStatus.CLOSED_BY_POLICE).recordVictim("V-1", null, null, 12, Sex.FEMALE, false),
                "case-closed");
    }

    // suspects and custody

    @Test
    void suspectsAreNumberedInOrderAndStartTheInvestigation() {
        PoliceCase c = inStatus(CaseStatus.REPORTED);
        SuspectRecorded first = c.addSuspect("John Doe", 34, SuspectRelationship.FAMILY_ACQUAINTANCE, FRIDAY_EVENING);
        SuspectRecorded second = c.addSuspect("Jim Doe", null, SuspectRelationship.STRANGER, FRIDAY_EVENING);
        assertThat(first).isEqualTo(new SuspectRecorded("S1", 34, SuspectRelationship.FAMILY_ACQUAINTANCE));
        assertThat(second.suspectRef()).isEqualTo("S2");
        assertThat(c.state().status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        assertThat(c.state().suspects()).extracting(Suspect::fullName).containsExactly("John Doe", "Jim Doe");
    }

    @Test
    void noSuspectIsAddedToAClosedCase() {
        refused(() -> inStatus(CaseStatus.JUDGMENT_DELIVERED).addSuspect("John Doe", 34,
                SuspectRelationship.STRANGER, FRIDAY_EVENING), "case-closed");
    }

    @Test
    void anArrestCarriesItsArraignmentDeadline() {
        PoliceCase c = withSuspect();
        SuspectArrested arrested = c.arrest("S1", FRIDAY_EVENING, DEADLINE);
        assertThat(arrested).isEqualTo(new SuspectArrested("S1", FRIDAY_EVENING, Instant.parse("2026-11-30T14:00:00Z")));
        assertThat(c.state().suspects().get(0).inPoliceCustody()).isTrue();
    }

    @Test
    void anArrestIsRecordedOnceAndOnlyOfAKnownSuspect() {
        PoliceCase c = withSuspect();
        c.arrest("S1", FRIDAY_EVENING, DEADLINE);
        refused(() -> c.arrest("S1", MONDAY_MORNING, DEADLINE), PoliceCase.ALREADY_ARRESTED);
        refused(() -> c.arrest("S9", MONDAY_MORNING, DEADLINE), PoliceCase.NO_SUCH_SUSPECT);
    }

    @Test
    void anArraignmentByTheEndOfTheNextCourtDayIsInTime() {
        PoliceCase c = arrested();
        SuspectArraigned arraigned = c.arraign("S1", MONDAY_MORNING, "Kibera Law Courts", "KIBERA", DEADLINE);
        assertThat(arraigned).isEqualTo(SuspectArraigned.coded("S1", MONDAY_MORNING, "KIBERA", true));
        assertThat(arraigned.courtStation()).as("the court's name stays with the police").isNull();
        assertThat(c.state().suspects().get(0).arraignmentCourt()).isEqualTo("Kibera Law Courts");
    }

    @Test
    void anArraignmentAfterTheLimitIsRecordedAsLate() {
        assertThat(arrested().arraign("S1", TUESDAY_MORNING, "Kibera Law Courts", null, DEADLINE)
                .withinTwentyFourHours()).isFalse();
    }

    @Test
    void anArraignmentNeedsAnArrestBeforeItAndHappensOnce() {
        refused(() -> withSuspect().arraign("S1", MONDAY_MORNING, "Kibera Law Courts", null, DEADLINE),
                PoliceCase.NOT_ARRESTED);
        refused(() -> arrested().arraign("S1", FRIDAY_EVENING.minusSeconds(60), "Kibera Law Courts", null, DEADLINE),
                "arraignment-before-arrest");
        PoliceCase c = arrested();
        c.arraign("S1", MONDAY_MORNING, "Kibera Law Courts", null, DEADLINE);
        refused(() -> c.arraign("S1", TUESDAY_MORNING, "Kibera Law Courts", null, DEADLINE), PoliceCase.ALREADY_ARRAIGNED);
    }

    @Test
    void aReleaseOnBondStopsTheClock() {
        PoliceCase c = arrested();
        Instant released = FRIDAY_EVENING.plusSeconds(3600);
        assertThat(c.release("S1", released, ReleaseTerms.POLICE_BOND))
                .isEqualTo(new SuspectReleased("S1", released, ReleaseTerms.POLICE_BOND));
        assertThat(c.state().suspects().get(0).inPoliceCustody()).isFalse();
    }

    @Test
    void onlyASuspectInPoliceCustodyIsReleasedAndNotBeforeTheArrest() {
        refused(() -> withSuspect().release("S1", MONDAY_MORNING, ReleaseTerms.CASH_BAIL), PoliceCase.NOT_ARRESTED);
        refused(() -> arrested().release("S1", FRIDAY_EVENING.minusSeconds(60), ReleaseTerms.CASH_BAIL),
                PoliceCase.RELEASE_BEFORE_ARREST);
        PoliceCase arraigned = arrested();
        arraigned.arraign("S1", MONDAY_MORNING, "Kibera Law Courts", null, DEADLINE);
        refused(() -> arraigned.release("S1", TUESDAY_MORNING, ReleaseTerms.CASH_BAIL), PoliceCase.NOT_IN_POLICE_CUSTODY);
        PoliceCase released = arrested();
        released.release("S1", MONDAY_MORNING, ReleaseTerms.POLICE_BOND);
        refused(() -> released.release("S1", TUESDAY_MORNING, ReleaseTerms.CASH_BAIL), PoliceCase.NOT_IN_POLICE_CUSTODY);
    }

    // evidence and investigation

    @Test
    void medicalEvidenceIsCountedAndPublishedWithItsFacilitysCode() {
        PoliceCase c = inStatus(CaseStatus.REPORTED);
        MedicalEvidenceRecorded recorded = c.recordMedicalEvidence(MedicalForm.P3, OFFENCE_DATE, "13023");
        assertThat(recorded).isEqualTo(MedicalEvidenceRecorded.coded(MedicalForm.P3, OFFENCE_DATE, "13023"));
        assertThat(c.state().medicalEvidence()).isEqualTo(1);
        assertThat(c.state().status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
    }

    @Test
    void anExaminationBeforeTheOffenceOrOnAClosedCaseIsRefused() {
        refused(() -> inStatus(CaseStatus.REPORTED).recordMedicalEvidence(MedicalForm.PRC, OFFENCE_DATE.minusDays(1),
                null), PoliceCase.EXAMINED_BEFORE_OFFENCE);
        refused(() -> inStatus(CaseStatus.DIVERSION_COMPLETED).recordMedicalEvidence(MedicalForm.PRC, OFFENCE_DATE,
                null), "case-closed");
    }

    @Test
    void anInvestigationStepIsRecordedWhileTheCaseIsOpen() {
        PoliceCase c = inStatus(CaseStatus.RETURNED_FOR_INVESTIGATION);
        assertThat(c.recordInvestigationStep(InvestigationStep.WITNESS_INTERVIEWED).step())
                .isEqualTo(InvestigationStep.WITNESS_INTERVIEWED);
        assertThat(c.state().status()).isEqualTo(CaseStatus.RETURNED_FOR_INVESTIGATION);
        refused(() -> inStatus(CaseStatus.ENDED_IN_COURT_WITHOUT_VERDICT)
                .recordInvestigationStep(InvestigationStep.SCENE_VISITED), "case-closed");
    }

    // referral and re-submission

    @Test
    void aCaseWithItsVictimAndASuspectIsReferred() {
        PoliceCase c = referable();
        CaseReferred referred = c.refer("ODPP-NRB");
        assertThat(referred).isEqualTo(new CaseReferred(1, "ODPP-NRB", Offence.DEFILEMENT, 1, false));
        assertThat(c.state().status()).isEqualTo(CaseStatus.REFERRED_TO_ODPP);
    }

    @Test
    void referralNeedsAVictimAndASuspectAndAnOpenInvestigation() {
        PoliceCase noVictim = withSuspect();
        assertThatThrownBy(() -> noVictim.refer("ODPP-NRB")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("victim");
        PoliceCase noSuspect = inStatus(CaseStatus.UNDER_INVESTIGATION);
        noSuspect.recordVictim("V-1", null, 12, null, Sex.FEMALE, false);
        assertThatThrownBy(() -> noSuspect.refer("ODPP-NRB")).hasMessageContaining("suspect");
        assertThatThrownBy(() -> restore(CaseStatus.RETURNED_FOR_INVESTIGATION, referable()).refer("ODPP-NRB"))
                .hasMessageContaining("re-submission");
        refused(() -> restore(CaseStatus.REFERRED_TO_ODPP, referable()).refer("ODPP-NRB"), "not-referable");
    }

    @Test
    void aReturnedFileIsResubmittedAndNothingElse() {
        PoliceCase c = referable();
        c.refer("ODPP-NRB");
        PoliceCase returned = restore(CaseStatus.RETURNED_FOR_INVESTIGATION, c);
        CaseResubmitted resubmitted = returned.resubmit(2);
        assertThat(resubmitted).isEqualTo(new CaseResubmitted(2, "ODPP-NRB", 2));
        assertThat(returned.state().status()).isEqualTo(CaseStatus.REFERRED_TO_ODPP);
        refused(() -> inStatus(CaseStatus.UNDER_ODPP_REVIEW).resubmit(1), "not-returned");
    }

    // closure: no withdrawal, no settlement

    @ParameterizedTest
    @EnumSource(value = ClosureRequestReason.class, names = { "WITHDRAWAL", "COMPLAINANT_WITHDRAWAL", "MEDIATION",
            "RECONCILIATION", "INFORMAL_SETTLEMENT", "MASLAHA" })
    void everySettlementOrWithdrawalIsRefusedForEveryOffenceInEveryStatusAndChangesNothing(ClosureRequestReason reason) {
        for (Offence offence : Offence.values()) {
            for (CaseStatus status : CaseStatus.values()) {
                PoliceCase c = PoliceCase.restore(state(offence, status));
                CaseState before = c.state();
                Closure closure = c.close(reason, "officer.nairobi");
                assertThat(closure).isInstanceOf(Closure.Refused.class);
                ProhibitedClosure rule = ((Closure.Refused) closure).rule();
                assertThat(rule.name()).isEqualTo(reason.name());
                assertThat(((Closure.Refused) closure).event()).isEqualTo(new ClosureAttemptRefused(rule, rule.ruleId(),
                        rule.statute(), "officer.nairobi"));
                assertThat(c.state()).isEqualTo(before);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ClosureRequestReason.class, names = { "SUSPECT_DECEASED", "NO_OFFENCE_DISCLOSED",
            "DUPLICATE_REPORT", "TRANSFERRED_TO_ANOTHER_STATION" })
    void lawfulClosuresAreAllowed(ClosureRequestReason reason) {
        PoliceCase c = inStatus(CaseStatus.UNDER_INVESTIGATION);
        Closure closure = c.close(reason, "officer.nairobi");
        assertThat(closure).isInstanceOf(Closure.Closed.class);
        assertThat(((Closure.Closed) closure).event().reason()).isEqualTo(PoliceClosureReason.valueOf(reason.name()));
        assertThat(c.state().status()).isEqualTo(CaseStatus.CLOSED_BY_POLICE);
        assertThat(c.state().closureReason()).isEqualTo(reason.name());
    }

    @Test
    void aChargedCaseCanOnlyEndInCourt() {
        assertThatThrownBy(() -> inStatus(CaseStatus.CHARGED).close(ClosureRequestReason.SUSPECT_DECEASED, "o"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("court");
        assertThat(inStatus(CaseStatus.UNDER_ODPP_REVIEW).close(ClosureRequestReason.SUSPECT_DECEASED, "o"))
                .isInstanceOf(Closure.Closed.class);
        refused(() -> inStatus(CaseStatus.CLOSED_BY_POLICE).close(ClosureRequestReason.DUPLICATE_REPORT, "o"),
                "not-closable");
    }

    // helpers

    private static Report report(Offence offence) {
        return new Report("case-1", "OB 56/10/4/2026", "NRB-KILIMANI", "047", offence, OFFENCE_DATE, "Kilimani",
                Instant.parse("2026-04-10T07:30:00Z"));
    }

    private static CaseState state(Offence offence, CaseStatus status) {
        return new CaseState(report(offence), status, 0, null, null, null, List.of(), 0);
    }

    private static PoliceCase inStatus(CaseStatus status) {
        return PoliceCase.restore(state(Offence.DEFILEMENT, status));
    }

    /** The same case in another status, as ODPP's events would have left it. */
    private static PoliceCase restore(CaseStatus status, PoliceCase c) {
        CaseState s = c.state();
        return PoliceCase.restore(new CaseState(s.report(), status, s.referralCount(), s.odppOfficeCode(),
                s.closureReason(), s.victim(), s.suspects(), s.medicalEvidence()));
    }

    private static PoliceCase withSuspect() {
        PoliceCase c = inStatus(CaseStatus.REPORTED);
        c.addSuspect("John Doe", 34, SuspectRelationship.FAMILY_ACQUAINTANCE, FRIDAY_EVENING);
        return c;
    }

    private static PoliceCase arrested() {
        PoliceCase c = withSuspect();
        c.arrest("S1", FRIDAY_EVENING, DEADLINE);
        return c;
    }

    private static PoliceCase referable() {
        PoliceCase c = withSuspect();
        c.recordVictim("V-1", LocalDate.parse("2013-02-01"), null, null, Sex.FEMALE, false);
        return c;
    }

    private static void refused(Runnable command, String rule) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.code()).isEqualTo(rule));
    }
}
