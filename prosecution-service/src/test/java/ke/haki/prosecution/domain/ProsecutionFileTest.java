package ke.haki.prosecution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.AppealDecided.AppealOutcome;
import ke.haki.contract.odpp.AppealFiled.Appellant;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeApproved.OverrideReason;
import ke.haki.contract.odpp.ChargeDecisionReviewed.ReviewGround;
import ke.haki.contract.odpp.ChargeDeclined.DeclineReason;
import ke.haki.contract.odpp.CourtSittingRecorded.AdjournmentReason;
import ke.haki.contract.odpp.CourtSittingRecorded.SittingKind;
import ke.haki.contract.odpp.DiversionConcluded.DiversionOutcome;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.contract.odpp.PleaRecorded.Plea;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.contract.odpp.ReturnedForInvestigation.Direction;
import ke.haki.law.AgeBand;
import ke.haki.law.ChargeCount;
import ke.haki.law.CourtEnding;
import ke.haki.law.ImposedSentence;
import ke.haki.law.Offence;
import ke.haki.law.RuleViolation;
import ke.haki.law.SuspectRelationship;

/** The file's rules, command by command, accepted and refused: plain Java, no database, no HTTP. */
class ProsecutionFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final LocalDate FILED = LocalDate.of(2026, 4, 20);
    private static final LocalDate PLEA = LocalDate.of(2026, 4, 21);
    private static final LocalDate JUDGMENT = LocalDate.of(2026, 7, 1);
    private static final CourtCaseNumber NUMBER = CourtCaseNumber.parse("Sexual Offence Case No. E035 of 2026").orElseThrow();

    private static CaseFacts facts(Offence offence, Integer childAge, Integer... accusedAges) {
        List<CaseFacts.Suspect> suspects = new ArrayList<>();
        for (int i = 0; i < accusedAges.length; i++) {
            suspects.add(new CaseFacts.Suspect("S" + (i + 1), accusedAges[i], SuspectRelationship.NEIGHBOUR));
        }
        return new CaseFacts(offence, childAge, childAge == null ? null : AgeBand.ofAge(childAge), suspects);
    }

    private static ProsecutionFile underReview(CaseFacts facts) {
        ProsecutionFile file = ProsecutionFile.referred("ODPP/047/2026/000001", "ODPP-NRB", 1, facts);
        file.assign("prosecutor.nairobi");
        return file;
    }

    private static ProsecutionFile inCourt(CaseFacts facts) {
        ProsecutionFile file = underReview(facts);
        file.charge(true, true, List.of(), null, null);
        file.fileInCourt(" Kibera Law Courts ", "KIBERA", NUMBER, FILED);
        return file;
    }

    private static ProsecutionFile pleaded(CaseFacts facts) {
        ProsecutionFile file = inCourt(facts);
        file.recordPlea(Plea.NOT_GUILTY, PLEA);
        return file;
    }

    private static JudgmentEntry conviction(ImposedSentence sentence) {
        return new JudgmentEntry(Verdict.CONVICTED, JUDGMENT, CourtEnding.CONVICTION, sentence, null, null, null);
    }

    private static ProsecutionFile judged(CaseFacts facts) {
        ProsecutionFile file = pleaded(facts);
        file.recordJudgment(conviction(ImposedSentence.term(20, 0)));
        return file;
    }

    private static String rule(Runnable command) {
        try {
            command.run();
        } catch (RuleViolation e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    private static String field(Runnable command) {
        try {
            command.run();
        } catch (InvalidEntry e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aReferralOpensTheFileUnderReviewAndOnlyAReturnedFileIsResubmitted() {
        ProsecutionFile file = ProsecutionFile.referred("ODPP/047/2026/000001", "ODPP-NRB", 1, facts(Offence.DEFILEMENT, 13, 34));
        assertThat(file.status()).isEqualTo(FileStatus.UNDER_REVIEW);
        assertThat(file.referral().referralNumber()).isEqualTo(1);
        assertThat(rule(() -> file.resubmit(2, null))).isEqualTo("not-returned");

        file.assign("prosecutor.nairobi");
        file.returnToPolice(List.of(" Obtain the P3 form "), null, TODAY.plusDays(14), TODAY);
        assertThat(file.resubmit(2, "ODPP-KSM").officeCode()).isEqualTo("ODPP-KSM");
        assertThat(file.status()).isEqualTo(FileStatus.UNDER_REVIEW);
        assertThat(file.referralNumber()).isEqualTo(2);
    }

    @Test
    void aProsecutorIsAssignedOnceAndNeverToAConcludedFile() {
        ProsecutionFile file = ProsecutionFile.referred("ODPP/047/2026/000001", "ODPP-NRB", 1, facts(Offence.DEFILEMENT, 13, 34));
        assertThat(file.assign("prosecutor.nairobi").prosecutorRef()).isEqualTo("prosecutor.nairobi");
        assertThat(rule(() -> file.assign("prosecutor.nairobi"))).isEqualTo(ProsecutionFile.ALREADY_ASSIGNED);
        assertThat(file.assign("prosecutor.kisumu").prosecutorRef()).isEqualTo("prosecutor.kisumu");
        file.decline(DeclineReason.INSUFFICIENT_EVIDENCE, false, true);
        assertThat(rule(() -> file.assign("prosecutor.nairobi"))).isEqualTo("file-concluded");
    }

    @ParameterizedTest(name = "{0}, child aged {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DEFILEMENT              | 11 | s.8(1) as read with s.8(2) Sexual Offences Act
            DEFILEMENT              | 13 | s.8(1) as read with s.8(3) Sexual Offences Act
            DEFILEMENT              | 17 | s.8(1) as read with s.8(4) Sexual Offences Act
            ATTEMPTED_DEFILEMENT    | 13 | s.9(1) as read with s.9(3) Sexual Offences Act
            GANG_DEFILEMENT         | 13 | s.10 Sexual Offences Act
            INDECENT_ACT_WITH_CHILD | 13 | s.11(1) Sexual Offences Act
            """)
    void theChargeIsProposedByOffenceAndAge(Offence offence, int childAge, String mainStatute) {
        ProsecutionFile file = underReview(facts(offence, childAge, 34));
        ChargeApproved approved = file.charge(true, true, List.of(), null, null);
        assertThat(approved.proposedStatute()).isEqualTo(mainStatute);
        assertThat(approved.counts().get(0)).isEqualTo(new ChargeCount(mainStatute, false));
        assertThat(file.status()).isEqualTo(FileStatus.CHARGE_APPROVED);
        assertThat(file.charging().overrideReason()).isNull();
    }

    @Test
    void otherCountsNeedAReasonWhichGoesOutAsACode() {
        List<ChargeCount> lesser = List.of(new ChargeCount("s.11(1) Sexual Offences Act", false));
        ProsecutionFile file = underReview(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> file.charge(true, true, lesser, null, null))).isEqualTo("override-reason-required");
        assertThat(file.status()).as("a refused command changes nothing").isEqualTo(FileStatus.UNDER_REVIEW);
        ChargeApproved approved = file.charge(true, true, lesser, " Penetration not proved ", null);
        assertThat(approved.overrideReasonCode()).isEqualTo(OverrideReason.OTHER);
        assertThat(file.charging().overrideReason()).isEqualTo("Penetration not proved");
    }

    @Test
    void chargingNeedsAProsecutorBothTestsAndTheChildsAge() {
        ProsecutionFile unassigned = ProsecutionFile.referred("ODPP/047/2026/000001", "ODPP-NRB", 1,
                facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> unassigned.charge(true, true, List.of(), null, null))).isEqualTo("no-prosecutor");
        ProsecutionFile file = underReview(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> file.charge(false, true, List.of(), null, null))).isEqualTo("decision-to-charge-tests-not-met");
        assertThat(rule(() -> file.charge(true, false, List.of(), null, null))).isEqualTo("decision-to-charge-tests-not-met");
        ProsecutionFile ageUnknown = underReview(facts(Offence.DEFILEMENT, null, 34));
        assertThat(rule(() -> ageUnknown.charge(true, true, List.of(), null, null))).isEqualTo("victim-age-unknown");
    }

    @Test
    void aDeclinedFileIsReopenedOnlyByAReview() {
        ProsecutionFile file = underReview(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> file.reviewDecline(TODAY, ReviewGround.NEW_EVIDENCE))).isEqualTo("not-declined");
        file.decline(DeclineReason.INSUFFICIENT_EVIDENCE, false, true);
        assertThat(file.status()).isEqualTo(FileStatus.CHARGE_DECLINED);
        assertThat(rule(() -> file.decline(DeclineReason.INSUFFICIENT_EVIDENCE, false, true))).isEqualTo("not-under-review");
        file.reviewDecline(TODAY, ReviewGround.NEW_EVIDENCE);
        assertThat(file.status()).isEqualTo(FileStatus.UNDER_REVIEW);
        assertThat(file.charging().declineReason()).isNull();
        assertThat(file.charging().evidentialTestMet()).isNull();
    }

    @Test
    void aReturnNeedsADateAfterTodayAndEachDirectionACode() {
        ProsecutionFile file = underReview(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(field(() -> file.returnToPolice(List.of("Obtain the P3 form"), null, TODAY, TODAY))).isEqualTo("respondBy");
        ReturnedForInvestigation returned = file.returnToPolice(List.of(" Obtain the P3 form ", "Record the neighbour"),
                List.of(Direction.OBTAIN_MEDICAL_EVIDENCE, Direction.OTHER), TODAY.plusDays(1), TODAY);
        assertThat(returned.directionCodes()).containsExactly(Direction.OBTAIN_MEDICAL_EVIDENCE, Direction.OTHER);
        assertThat(file.charging().directions()).containsExactly("Obtain the P3 form", "Record the neighbour");
        assertThat(rule(() -> file.returnToPolice(List.of("again"), null, TODAY.plusDays(2), TODAY)))
                .isEqualTo("not-under-review");
    }

    @Test
    void onlyAnApprovedChargeIsFiledInCourt() {
        ProsecutionFile file = underReview(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> file.fileInCourt("Kibera", "KIBERA", NUMBER, FILED))).isEqualTo("charge-not-approved");
        file.charge(true, true, List.of(), null, null);
        assertThat(file.fileInCourt(" Kibera Law Courts ", "KIBERA", NUMBER, FILED).counts()).hasSize(2);
        assertThat(file.court().courtStation()).isEqualTo("Kibera Law Courts");
        assertThat(file.status()).isEqualTo(FileStatus.IN_COURT);
        assertThatThrownBy(() -> CourtCaseNumber.ofFiling("Sexual Offence Case No. E035 of 2025", FILED, TODAY))
                .isInstanceOf(InvalidEntry.class).extracting("field").isEqualTo("courtCaseNumber");
        assertThatThrownBy(() -> CourtCaseNumber.ofFiling("Case 35", FILED, TODAY)).extracting("field").isEqualTo("courtCaseNumber");
    }

    @Test
    void thePleaIsTakenOnceInCourtNotBeforeTheFiling() {
        ProsecutionFile review = underReview(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> review.recordPlea(Plea.GUILTY, PLEA))).isEqualTo("not-in-court");
        ProsecutionFile file = inCourt(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(field(() -> file.recordPlea(Plea.GUILTY, FILED.minusDays(1)))).isEqualTo("recordedOn");
        assertThat(file.recordPlea(Plea.NOT_GUILTY, PLEA).courtCaseNumber()).isEqualTo("Sexual Offence Case No. E035 of 2026");
        assertThat(rule(() -> file.recordPlea(Plea.GUILTY, PLEA))).isEqualTo("plea-already-recorded");
    }

    @Test
    void aSittingIsRecordedInCourtAndAnAdjournmentSetsTheNextDate() {
        CourtSitting adjourned = CourtSitting.entered(SittingKind.HEARING, PLEA, true, AdjournmentReason.WITNESS_ABSENT,
                PLEA.plusDays(14), null, TODAY);
        ProsecutionFile review = underReview(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> review.recordSitting(adjourned))).isEqualTo("not-in-court");
        ProsecutionFile file = inCourt(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(file.recordSitting(adjourned).adjourned()).isTrue();
        assertThat(file.court().nextCourtDate()).isEqualTo(PLEA.plusDays(14));
        CourtSitting early = CourtSitting.entered(SittingKind.MENTION, FILED.minusDays(1), false, null, null, null, TODAY);
        assertThat(field(() -> file.recordSitting(early))).isEqualTo("sittingDate");
        assertThat(field(() -> CourtSitting.entered(SittingKind.HEARING, PLEA, true, null, PLEA.plusDays(1), null, TODAY)))
                .isEqualTo("adjournmentReason");
        assertThat(field(() -> CourtSitting.entered(SittingKind.HEARING, PLEA, true, AdjournmentReason.WITNESS_ABSENT, null,
                null, TODAY))).isEqualTo("nextDate");
        assertThat(field(() -> CourtSitting.entered(SittingKind.HEARING, TODAY.plusDays(1), false, null, null, null, TODAY)))
                .isEqualTo("sittingDate");
    }

    @Test
    void aJudgmentOnlyAfterAPlea() {
        ProsecutionFile file = inCourt(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> file.recordJudgment(conviction(ImposedSentence.life())))).isEqualTo("no-plea");
        assertThat(file.status()).isEqualTo(FileStatus.IN_COURT);
        file.recordPlea(Plea.NOT_GUILTY, PLEA);
        JudgmentEntry early = new JudgmentEntry(Verdict.ACQUITTED, PLEA.minusDays(1), CourtEnding.ACQUITTAL_AFTER_TRIAL,
                null, null, null, null);
        assertThat(field(() -> file.recordJudgment(early))).isEqualTo("deliveredOn");
        JudgmentDelivered acquitted = file.recordJudgment(new JudgmentEntry(Verdict.ACQUITTED, JUDGMENT,
                CourtEnding.ACQUITTAL_AFTER_TRIAL, null, null, null, null));
        assertThat(acquitted.sentence()).isNull();
        assertThat(acquitted.belowStatutoryMinimum()).isFalse();
        assertThat(file.status()).isEqualTo(FileStatus.JUDGMENT_DELIVERED);
        assertThat(rule(() -> file.recordPlea(Plea.GUILTY, JUDGMENT))).isEqualTo("not-in-court");
    }

    @ParameterizedTest(name = "{0}, child aged {1}, {2} years -> minimum {3} ({4}), below {5}")
    @CsvSource(delimiter = '|', textBlock = """
            DEFILEMENT              | 11 | 30 | life | s.8(2) Sexual Offences Act  | true
            DEFILEMENT              | 13 | 19 | 20   | s.8(3) Sexual Offences Act  | true
            DEFILEMENT              | 13 | 20 | 20   | s.8(3) Sexual Offences Act  | false
            DEFILEMENT              | 16 | 15 | 15   | s.8(4) Sexual Offences Act  | false
            ATTEMPTED_DEFILEMENT    | 16 |  4 | 5    | s.9(4) Sexual Offences Act  | true
            INDECENT_ACT_WITH_CHILD | 13 | 10 | 10   | s.11(1) Sexual Offences Act | false
            """)
    void theMinimumSentenceFollowsTheOffenceAndTheChildsAge(Offence offence, int childAge, int years, String minimum,
            String statute, boolean below) {
        ProsecutionFile file = pleaded(facts(offence, childAge, 34));
        JudgmentDelivered judgment = file.recordJudgment(conviction(ImposedSentence.term(years, 0)));
        assertThat(judgment.statutoryMinimum().life()).isEqualTo("life".equals(minimum));
        if (!"life".equals(minimum)) {
            assertThat(judgment.statutoryMinimum().years()).isEqualTo(Integer.parseInt(minimum));
        }
        assertThat(file.trial().minimum().statute()).isEqualTo(statute);
        assertThat(judgment.belowStatutoryMinimum()).isEqualTo(below);
        assertThat(judgment.convictedOffence()).isEqualTo(offence);
        assertThat(judgment.childAgeFound()).isEqualTo(childAge);
    }

    @Test
    void theCourtsFindingsOfOffenceAgeAndAccusedDecideTheMinimum() {
        ProsecutionFile file = pleaded(facts(Offence.DEFILEMENT, 13, 34, 16));
        JudgmentDelivered judgment = file.recordJudgment(new JudgmentEntry(Verdict.CONVICTED, JUDGMENT,
                CourtEnding.CONVICTION, ImposedSentence.term(15, 0), null, 16, "S1"));
        assertThat(judgment.belowStatutoryMinimum()).as("s.8(4): 15 years for a child of 16").isFalse();
        assertThat(judgment.accusedRef()).isEqualTo("S1");

        ProsecutionFile child = pleaded(facts(Offence.DEFILEMENT, 13, 34, 16));
        JudgmentDelivered childAccused = child.recordJudgment(new JudgmentEntry(Verdict.CONVICTED, JUDGMENT,
                CourtEnding.CONVICTION, ImposedSentence.nonCustodial(), null, null, "S2"));
        assertThat(childAccused.belowStatutoryMinimum()).as("the adult minimum does not bind a child accused").isFalse();

        ProsecutionFile unknown = pleaded(facts(Offence.DEFILEMENT, 13, 34, 16));
        assertThat(field(() -> unknown.recordJudgment(new JudgmentEntry(Verdict.CONVICTED, JUDGMENT, CourtEnding.CONVICTION,
                ImposedSentence.life(), null, null, "S9")))).isEqualTo("accusedRef");
        ProsecutionFile noAge = pleaded(facts(Offence.DEFILEMENT, 13, 34));
        ProsecutionFile ageUnrecorded = new ProsecutionFile(noAge.fileNumber(), noAge.officeCode(), 1, noAge.status(),
                noAge.prosecutorRef(), noAge.charging(), noAge.court(), noAge.trial(), noAge.diversion(), noAge.appeal(),
                facts(Offence.DEFILEMENT, null, 34));
        assertThat(field(() -> ageUnrecorded.recordJudgment(conviction(ImposedSentence.life())))).isEqualTo("childAgeFound");
    }

    @Test
    void anEndingWithoutAVerdictIsNotAJudgmentAndADiscontinuanceNeedsTheRuling() {
        ProsecutionFile file = inCourt(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> file.terminate(CourtEnding.CONVICTION, JUDGMENT, null))).isEqualTo("not-a-termination");
        assertThat(rule(() -> file.terminate(CourtEnding.DISCONTINUANCE_WITH_COURT_PERMISSION, JUDGMENT, " ")))
                .isEqualTo("ruling-required");
        assertThat(field(() -> file.terminate(CourtEnding.ABATEMENT, FILED.minusDays(1), null))).isEqualTo("endedOn");
        file.terminate(CourtEnding.DISCONTINUANCE_WITH_COURT_PERMISSION, JUDGMENT, " Ruling of 1 July 2026 ");
        assertThat(file.status()).isEqualTo(FileStatus.ENDED_WITHOUT_VERDICT);
        assertThat(file.trial().rulingReference()).isEqualTo("Ruling of 1 July 2026");
        assertThat(rule(() -> file.terminate(CourtEnding.ABATEMENT, JUDGMENT, null))).isEqualTo("not-in-court");
    }

    @Test
    void anAppealNeedsAJudgmentAndAVariedSentenceIsCheckedAgain() {
        ProsecutionFile review = underReview(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> review.fileAppeal(Appellant.ACCUSED, "High Court", "HCNRB", JUDGMENT))).isEqualTo("no-judgment");
        ProsecutionFile file = judged(facts(Offence.DEFILEMENT, 13, 34));
        assertThat(rule(() -> file.decideAppeal(AppealOutcome.DISMISSED, JUDGMENT, null))).isEqualTo("no-appeal");
        assertThat(field(() -> file.fileAppeal(Appellant.ACCUSED, "High Court", "HCNRB", PLEA))).isEqualTo("filedOn");
        file.fileAppeal(Appellant.ACCUSED, " High Court at Nairobi ", "HCNRB", JUDGMENT.plusDays(10));
        assertThat(file.status()).isEqualTo(FileStatus.UNDER_APPEAL);
        assertThat(field(() -> file.decideAppeal(AppealOutcome.SENTENCE_VARIED, TODAY, null))).isEqualTo("variedSentence");
        assertThat(field(() -> file.decideAppeal(AppealOutcome.DISMISSED, TODAY, e -> ImposedSentence.life())))
                .isEqualTo("variedSentence");
        AppealDecided varied = file.decideAppeal(AppealOutcome.SENTENCE_VARIED, TODAY, e -> ImposedSentence.term(10, 0));
        assertThat(varied.variedSentence().years()).isEqualTo(10);
        assertThat(file.trial().belowMinimum()).isTrue();
        assertThat(file.status()).isEqualTo(FileStatus.APPEAL_DECIDED);
    }

    @Test
    void aRetrialStartsAfreshWithANewPleaAndANewJudgment() {
        ProsecutionFile file = judged(facts(Offence.DEFILEMENT, 13, 34));
        file.fileAppeal(Appellant.ACCUSED, "High Court at Nairobi", "HCNRB", JUDGMENT.plusDays(10));
        file.decideAppeal(AppealOutcome.RETRIAL_ORDERED, TODAY, null);
        assertThat(file.status()).isEqualTo(FileStatus.IN_COURT);
        assertThat(file.court().plea()).isNull();
        assertThat(file.trial().verdict()).isNull();
        assertThat(file.trial().sentence()).isNull();
        assertThat(file.trial().minimum()).isNull();
        assertThat(rule(() -> file.recordJudgment(conviction(ImposedSentence.life())))).isEqualTo("no-plea");
        file.recordPlea(Plea.GUILTY, TODAY);
        assertThat(file.recordJudgment(new JudgmentEntry(Verdict.CONVICTED, TODAY, CourtEnding.CONVICTION,
                ImposedSentence.life(), null, null, null)).belowStatutoryMinimum()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ClosureAction.class, names = "DIVERSION", mode = EnumSource.Mode.EXCLUDE)
    void noWithdrawalOrSettlementAtAnyStage(ClosureAction action) {
        for (ProsecutionFile file : List.of(underReview(facts(Offence.DEFILEMENT, 13, 34)), pleaded(facts(Offence.DEFILEMENT, 13, 16)))) {
            FileStatus before = file.status();
            ClosureAttemptRefused refused = file.refuseClosure(action, "prosecutor.nairobi");
            assertThat(refused.attemptedAction()).isEqualTo(action.rule());
            assertThat(refused.ruleId()).isEqualTo(action.rule().ruleId());
            assertThat(refused.statute()).isEqualTo(action.rule().statute());
            assertThat(refused.attemptedBy()).isEqualTo("prosecutor.nairobi");
            assertThat(file.status()).isEqualTo(before);
        }
    }

    @Test
    void onlyAChildAccusedIsDiverted() {
        ProsecutionFile adult = underReview(facts(Offence.DEFILEMENT, 13, 16, 34));
        assertThat(adult.refuseDiversion("prosecutor.nairobi")).get().extracting(ClosureAttemptRefused::ruleId)
                .isEqualTo("SOA_NO_DIVERSION");
        assertThatThrownBy(() -> adult.divert(TODAY, "Children's Department", TODAY)).isInstanceOf(IllegalStateException.class);
        ProsecutionFile unknownAge = underReview(facts(Offence.DEFILEMENT, 13, (Integer) null));
        assertThat(unknownAge.refuseDiversion("prosecutor.nairobi")).isPresent();

        ProsecutionFile child = inCourt(facts(Offence.DEFILEMENT, 13, 16));
        assertThat(child.refuseDiversion("prosecutor.nairobi")).isEmpty();
        assertThat(field(() -> child.divert(null, "Children's Department", TODAY))).isEqualTo("decidedOn");
        assertThat(field(() -> child.divert(TODAY, " ", TODAY))).isEqualTo("programme");
        assertThat(field(() -> child.divert(TODAY.plusDays(1), "Children's Department", TODAY))).isEqualTo("decidedOn");
        assertThat(child.divert(TODAY, " Children's Department ", TODAY).accusedRefs()).containsExactly("S1");
        assertThat(child.status()).isEqualTo(FileStatus.DIVERTED);
        assertThat(child.diversion().programme()).isEqualTo("Children's Department");
        assertThat(rule(() -> child.divert(TODAY, "again", TODAY))).isEqualTo("not-divertible");
    }

    @Test
    void aFailedDiversionResumesWhereItStoodAndACompletedOneEndsTheCase() {
        ProsecutionFile review = underReview(facts(Offence.DEFILEMENT, 13, 16));
        assertThat(rule(() -> review.concludeDiversion(DiversionOutcome.FAILED, TODAY, "x"))).isEqualTo("not-diverted");
        review.divert(PLEA, "Children's Department", TODAY);
        assertThat(field(() -> review.concludeDiversion(DiversionOutcome.FAILED, PLEA.minusDays(1), "x"))).isEqualTo("concludedOn");
        review.concludeDiversion(DiversionOutcome.FAILED, TODAY, " Did not attend ");
        assertThat(review.status()).isEqualTo(FileStatus.UNDER_REVIEW);
        assertThat(review.diversion().reason()).isEqualTo("Did not attend");

        ProsecutionFile court = inCourt(facts(Offence.DEFILEMENT, 13, 16));
        court.divert(PLEA, "Children's Department", TODAY);
        court.concludeDiversion(DiversionOutcome.FAILED, TODAY, "Did not attend");
        assertThat(court.status()).isEqualTo(FileStatus.IN_COURT);

        ProsecutionFile completed = inCourt(facts(Offence.DEFILEMENT, 13, 16));
        completed.divert(PLEA, "Children's Department", TODAY);
        completed.concludeDiversion(DiversionOutcome.COMPLETED, TODAY, "Completed");
        assertThat(completed.status()).isEqualTo(FileStatus.DIVERSION_COMPLETED);
        assertThat(completed.status().isConcluded()).isTrue();
    }
}
