package ke.haki.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The penalty table and the sentence check at every age boundary (11/12, 15/16, 17/18) of every offence. */
class PenaltyTableTest {

    @ParameterizedTest(name = "{0} against a child of {1}: minimum {3} years (life {2}) under {4}")
    @CsvSource({
            "DEFILEMENT,11,true,0,s.8(2)", "DEFILEMENT,12,false,20,s.8(3)",
            "DEFILEMENT,15,false,20,s.8(3)", "DEFILEMENT,16,false,15,s.8(4)", "DEFILEMENT,17,false,15,s.8(4)",
            "ATTEMPTED_DEFILEMENT,11,false,20,s.9(2)", "ATTEMPTED_DEFILEMENT,12,false,10,s.9(3)",
            "ATTEMPTED_DEFILEMENT,15,false,10,s.9(3)", "ATTEMPTED_DEFILEMENT,16,false,5,s.9(4)",
            "ATTEMPTED_DEFILEMENT,17,false,5,s.9(4)",
            "GANG_DEFILEMENT,11,false,15,s.10", "GANG_DEFILEMENT,12,false,15,s.10", "GANG_DEFILEMENT,17,false,15,s.10",
            "INDECENT_ACT_WITH_CHILD,11,false,10,s.11(1)", "INDECENT_ACT_WITH_CHILD,16,false,10,s.11(1)",
            "INCEST_WITH_CHILD,11,false,10,s.20(1)", "INCEST_WITH_CHILD,17,false,10,s.20(1)" })
    void minimumByOffenceAndAge(Offence offence, int age, boolean life, int years, String section) {
        MinimumSentence m = StatutoryMinimums.on(offence, AgeBand.ofAge(age));
        assertThat(m.life()).isEqualTo(life);
        assertThat(m.years()).isEqualTo(years);
        assertThat(m.statute()).isEqualTo(section + " Sexual Offences Act");
    }

    @Test
    void fifteenYearsForAttemptingToDefileATenYearOldIsBelowTheMinimum() {
        SentenceCheck check = SentenceCheck.of(Offence.ATTEMPTED_DEFILEMENT, 10, ImposedSentence.term(15, 0), 30);
        assertThat(check.outcome()).isEqualTo(SentenceCheck.Outcome.BELOW_MINIMUM);
        assertThat(check.minimum().statute()).isEqualTo("s.9(2) Sexual Offences Act");
    }

    @Test
    void fiveYearsForAttemptingToDefileASeventeenYearOldMeetsTheMinimum() {
        assertThat(SentenceCheck.of(Offence.ATTEMPTED_DEFILEMENT, 17, ImposedSentence.term(5, 0), 30).outcome())
                .isEqualTo(SentenceCheck.Outcome.MEETS_MINIMUM);
    }

    @ParameterizedTest(name = "{0} years {1} months against a 15-year minimum: met {2}")
    @CsvSource({ "14,11,false", "15,0,true", "15,1,true" })
    void monthsCount(int years, int months, boolean met) {
        assertThat(StatutoryMinimums.on(Offence.DEFILEMENT, AgeBand.AGED_16_TO_17).isMetBy(ImposedSentence.term(years, months)))
                .isEqualTo(met);
    }

    @Test
    void aNonCustodialSentenceIsBelowEveryMinimumTerm() {
        for (Offence o : Offence.values()) {
            assertThat(StatutoryMinimums.on(o, AgeBand.AGED_16_TO_17).isMetBy(ImposedSentence.nonCustodial())).isFalse();
        }
    }

    @Test
    void theMinimumFollowsTheCountConvictedOnAndTheAgeTheCourtFound() {
        // reported as defilement of a 12-year-old; convicted of an indecent act, court found the child 16
        SentenceCheck check = SentenceCheck.of(Offence.INDECENT_ACT_WITH_CHILD, 16, ImposedSentence.term(10, 0), 40);
        assertThat(check.belowMinimum()).isFalse();
        assertThat(check.minimum().statute()).isEqualTo("s.11(1) Sexual Offences Act");
    }

    @ParameterizedTest(name = "accused aged {0} at the offence: child offender {1}")
    @CsvSource({ "17,true", "18,false", "0,true" })
    void childOffenderBoundary(int accusedAge, boolean child) {
        SentenceCheck check = SentenceCheck.of(Offence.DEFILEMENT, 12, ImposedSentence.nonCustodial(), accusedAge);
        assertThat(check.outcome()).isEqualTo(child ? SentenceCheck.Outcome.MINIMUM_DOES_NOT_BIND
                : SentenceCheck.Outcome.BELOW_MINIMUM);
    }

    @Test
    void anUnknownAccusedAgeIsJudgedAsAnAdult() {
        assertThat(SentenceCheck.of(Offence.DEFILEMENT, 12, ImposedSentence.term(10, 0), null).belowMinimum()).isTrue();
    }

    @Test
    void theChargeProposalFollowsTheBandForAttemptsAndAddsIncestForAFamilyMember() {
        ChargeProposal p = ChargeProposal.propose(Offence.ATTEMPTED_DEFILEMENT, AgeBand.AGED_16_TO_17, true);
        assertThat(p.counts()).containsExactly(new ChargeCount("s.9(1) as read with s.9(4) Sexual Offences Act", false),
                new ChargeCount("s.11(1) Sexual Offences Act", true), new ChargeCount("s.20(1) Sexual Offences Act", true));
        assertThat(ChargeProposal.propose(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15, false).counts())
                .extracting(ChargeCount::statute)
                .containsExactly("s.8(1) as read with s.8(3) Sexual Offences Act", "s.11(1) Sexual Offences Act");
    }

    @Test
    void replacingDefilementWithAnIndecentActIsADowngrade() {
        ChargeProposal p = ChargeProposal.propose(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15, false);
        assertThat(p.isDowngradedBy(List.of(new ChargeCount("s.11(1) Sexual Offences Act", false)))).isTrue();
        assertThat(p.isDowngradedBy(p.counts())).isFalse();
        assertThat(p.isDowngradedBy(List.of(new ChargeCount("s.10 Sexual Offences Act", false)))).isTrue();
        assertThat(p.isDowngradedBy(List.of(new ChargeCount("s.251 Penal Code", false)))).isTrue();
    }

    @Test
    void countsAreReadBackToOffences() {
        assertThat(Offence.ofCount("s.8(1) as read with s.8(3) Sexual Offences Act")).contains(Offence.DEFILEMENT);
        assertThat(Offence.ofCount("s.10 Sexual Offences Act")).contains(Offence.GANG_DEFILEMENT);
        assertThat(Offence.ofCount("s.100 Sexual Offences Act")).isEmpty();
    }
}
