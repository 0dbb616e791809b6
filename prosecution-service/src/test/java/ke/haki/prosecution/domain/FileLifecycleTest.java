package ke.haki.prosecution.domain;

import ke.haki.law.RuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ke.haki.contract.odpp.AppealDecided.AppealOutcome;
import ke.haki.contract.odpp.PleaRecorded.Plea;

class FileLifecycleTest {

    @Test
    void fromReviewThroughCourtToAppeal() {
        FileStatus s = FileStatus.UNDER_REVIEW;
        s = FileLifecycle.returnToPolice(s, true);
        assertThat(s).isEqualTo(FileStatus.RETURNED_FOR_INVESTIGATION);
        s = FileLifecycle.resubmit(s);
        assertThat(s).isEqualTo(FileStatus.UNDER_REVIEW);
        s = FileLifecycle.charge(s, true, true, true, true);
        assertThat(s).isEqualTo(FileStatus.CHARGE_APPROVED);
        s = FileLifecycle.fileInCourt(s);
        assertThat(s).isEqualTo(FileStatus.IN_COURT);
        FileLifecycle.requirePleaAllowed(s, null);
        s = FileLifecycle.judgment(s, Plea.NOT_GUILTY);
        assertThat(s).isEqualTo(FileStatus.JUDGMENT_DELIVERED);
        s = FileLifecycle.appealFiled(s);
        assertThat(s).isEqualTo(FileStatus.UNDER_APPEAL);
        assertThat(FileLifecycle.appealDecided(s, AppealOutcome.RETRIAL_ORDERED)).isEqualTo(FileStatus.IN_COURT);
        assertThat(FileLifecycle.appealDecided(s, AppealOutcome.DISMISSED)).isEqualTo(FileStatus.APPEAL_DECIDED);
    }

    @Test
    void aChargingDecisionNeedsAnAssignedProsecutor() {
        assertThatThrownBy(() -> FileLifecycle.charge(FileStatus.UNDER_REVIEW, false, true, true, true))
                .isInstanceOf(RuleViolation.class).extracting("code").isEqualTo("no-prosecutor");
        assertThatThrownBy(() -> FileLifecycle.decline(FileStatus.UNDER_REVIEW, false))
                .extracting("code").isEqualTo("no-prosecutor");
    }

    @Test
    void chargingNeedsBothTestsAndTheChildsAge() {
        assertThatThrownBy(() -> FileLifecycle.charge(FileStatus.UNDER_REVIEW, true, true, false, true))
                .extracting("code").isEqualTo("decision-to-charge-tests-not-met");
        assertThatThrownBy(() -> FileLifecycle.charge(FileStatus.UNDER_REVIEW, true, true, true, false))
                .extracting("code").isEqualTo("decision-to-charge-tests-not-met");
        assertThatThrownBy(() -> FileLifecycle.charge(FileStatus.UNDER_REVIEW, true, false, true, true))
                .extracting("code").isEqualTo("victim-age-unknown");
    }

    @ParameterizedTest
    @EnumSource(value = FileStatus.class, names = "UNDER_REVIEW", mode = EnumSource.Mode.EXCLUDE)
    void onlyAFileUnderReviewTakesAChargingDecision(FileStatus status) {
        assertThatThrownBy(() -> FileLifecycle.charge(status, true, true, true, true))
                .extracting("code").isEqualTo("not-under-review");
        assertThatThrownBy(() -> FileLifecycle.returnToPolice(status, true))
                .extracting("code").isEqualTo("not-under-review");
    }

    @ParameterizedTest
    @EnumSource(value = FileStatus.class, names = "IN_COURT", mode = EnumSource.Mode.EXCLUDE)
    void pleaAndJudgmentOnlyInCourt(FileStatus status) {
        assertThatThrownBy(() -> FileLifecycle.requirePleaAllowed(status, null)).extracting("code").isEqualTo("not-in-court");
        assertThatThrownBy(() -> FileLifecycle.judgment(status, Plea.GUILTY)).extracting("code").isEqualTo("not-in-court");
    }

    @Test
    void judgmentFollowsThePleaAndThePleaIsTakenOnce() {
        assertThatThrownBy(() -> FileLifecycle.judgment(FileStatus.IN_COURT, null)).extracting("code").isEqualTo("no-plea");
        assertThatThrownBy(() -> FileLifecycle.requirePleaAllowed(FileStatus.IN_COURT, Plea.NOT_GUILTY))
                .extracting("code").isEqualTo("plea-already-recorded");
    }

    @ParameterizedTest
    @EnumSource(value = FileStatus.class, names = "RETURNED_FOR_INVESTIGATION", mode = EnumSource.Mode.EXCLUDE)
    void onlyAReturnedFileCanBeResubmitted(FileStatus status) {
        assertThatThrownBy(() -> FileLifecycle.resubmit(status)).extracting("code").isEqualTo("not-returned");
    }

    @Test
    void aConcludedFileTakesNoProsecutor() {
        for (FileStatus status : EnumSet.of(FileStatus.CHARGE_DECLINED, FileStatus.APPEAL_DECIDED)) {
            assertThat(status.isConcluded()).isTrue();
            assertThatThrownBy(() -> FileLifecycle.requireAssignable(status)).extracting("code").isEqualTo("file-concluded");
        }
    }
}
