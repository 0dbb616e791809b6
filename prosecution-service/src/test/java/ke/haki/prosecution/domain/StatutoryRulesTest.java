package ke.haki.prosecution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.kit.problem.ProblemException;
import ke.haki.law.ChargeCount;
import ke.haki.law.ChargeProposal;
import ke.haki.law.CourtEnding;
import ke.haki.law.ImposedSentence;
import ke.haki.law.Offence;
import ke.haki.law.SentenceCheck;
import ke.haki.prosecution.api.SentenceRequest;
import ke.haki.prosecution.service.JudgmentEndings;

/**
 * The statutory rules the service applies, row by row: the age band from the child's age at the
 * offence (every boundary: 11/12, 15/16, 17/18; an age set by a medical officer counts the same), the
 * charge proposed from the offence and the band, and the minimum sentence (Sexual Offences Act 2006).
 * The attempted-defilement rows used to assert a flat 10 years under s.9(2); they now follow the
 * Act's bands: s.9(2) 20 years, s.9(3) 10, s.9(4) 5.
 */
class StatutoryRulesTest {

    @ParameterizedTest(name = "{0}, aged {1} ({2}) -> {3}: {4} / minimum {5} {6}")
    @CsvSource(delimiter = '|', textBlock = """
            DEFILEMENT             |  0 | BIRTH_DATE         | AGED_11_OR_UNDER | s.8(1) as read with s.8(2) Sexual Offences Act | life |    | s.8(2) Sexual Offences Act
            DEFILEMENT             | 11 | BIRTH_DATE         | AGED_11_OR_UNDER | s.8(1) as read with s.8(2) Sexual Offences Act | life |    | s.8(2) Sexual Offences Act
            DEFILEMENT             | 12 | BIRTH_DATE         | AGED_12_TO_15    | s.8(1) as read with s.8(3) Sexual Offences Act | years | 20 | s.8(3) Sexual Offences Act
            DEFILEMENT             | 15 | BIRTH_DATE         | AGED_12_TO_15    | s.8(1) as read with s.8(3) Sexual Offences Act | years | 20 | s.8(3) Sexual Offences Act
            DEFILEMENT             | 16 | BIRTH_DATE         | AGED_16_TO_17    | s.8(1) as read with s.8(4) Sexual Offences Act | years | 15 | s.8(4) Sexual Offences Act
            DEFILEMENT             | 17 | BIRTH_DATE         | AGED_16_TO_17    | s.8(1) as read with s.8(4) Sexual Offences Act | years | 15 | s.8(4) Sexual Offences Act
            DEFILEMENT             | 11 | MEDICAL_ASSESSMENT | AGED_11_OR_UNDER | s.8(1) as read with s.8(2) Sexual Offences Act | life |    | s.8(2) Sexual Offences Act
            DEFILEMENT             | 12 | MEDICAL_ASSESSMENT | AGED_12_TO_15    | s.8(1) as read with s.8(3) Sexual Offences Act | years | 20 | s.8(3) Sexual Offences Act
            DEFILEMENT             | 15 | MEDICAL_ASSESSMENT | AGED_12_TO_15    | s.8(1) as read with s.8(3) Sexual Offences Act | years | 20 | s.8(3) Sexual Offences Act
            DEFILEMENT             | 16 | MEDICAL_ASSESSMENT | AGED_16_TO_17    | s.8(1) as read with s.8(4) Sexual Offences Act | years | 15 | s.8(4) Sexual Offences Act
            DEFILEMENT             | 17 | MEDICAL_ASSESSMENT | AGED_16_TO_17    | s.8(1) as read with s.8(4) Sexual Offences Act | years | 15 | s.8(4) Sexual Offences Act
            DEFILEMENT             | 12 | DECLARED           | AGED_12_TO_15    | s.8(1) as read with s.8(3) Sexual Offences Act | years | 20 | s.8(3) Sexual Offences Act
            ATTEMPTED_DEFILEMENT   | 11 | BIRTH_DATE         | AGED_11_OR_UNDER | s.9(1) as read with s.9(2) Sexual Offences Act | years | 20 | s.9(2) Sexual Offences Act
            ATTEMPTED_DEFILEMENT   | 12 | BIRTH_DATE         | AGED_12_TO_15    | s.9(1) as read with s.9(3) Sexual Offences Act | years | 10 | s.9(3) Sexual Offences Act
            ATTEMPTED_DEFILEMENT   | 16 | MEDICAL_ASSESSMENT | AGED_16_TO_17    | s.9(1) as read with s.9(4) Sexual Offences Act | years |  5 | s.9(4) Sexual Offences Act
            GANG_DEFILEMENT        | 12 | BIRTH_DATE         | AGED_12_TO_15    | s.10 Sexual Offences Act                       | years | 15 | s.10 Sexual Offences Act
            GANG_DEFILEMENT        | 17 | MEDICAL_ASSESSMENT | AGED_16_TO_17    | s.10 Sexual Offences Act                       | years | 15 | s.10 Sexual Offences Act
            INDECENT_ACT_WITH_CHILD| 11 | BIRTH_DATE         | AGED_11_OR_UNDER | s.11(1) Sexual Offences Act                    | years | 10 | s.11(1) Sexual Offences Act
            INDECENT_ACT_WITH_CHILD| 16 | MEDICAL_ASSESSMENT | AGED_16_TO_17    | s.11(1) Sexual Offences Act                    | years | 10 | s.11(1) Sexual Offences Act
            """)
    void bandChargeAndMinimumFollowFromTheOffenceAndTheAgeAtTheOffence(Offence offence, int age, AgeBasis basis,
            AgeBand band, String mainStatute, String minimumKind, Integer minimumYears, String minimumStatute) {
        ChildAge child = ChildAge.of(age, basis);
        assertThat(child.band()).isEqualTo(band);

        ChargeProposal proposal = ChargeProposal.propose(offence, child.band(), false);
        assertThat(proposal.mainStatute()).isEqualTo(mainStatute);
        assertThat(proposal.counts().get(0).alternative()).isFalse();
        if (offence == Offence.INDECENT_ACT_WITH_CHILD) {
            assertThat(proposal.counts()).hasSize(1);
        } else {
            assertThat(proposal.counts()).hasSize(2)
                    .last().isEqualTo(new ChargeCount("s.11(1) Sexual Offences Act", true));
        }

        SentenceCheck atMinimum = "life".equals(minimumKind)
                ? SentenceCheck.of(offence, age, ImposedSentence.life(), null)
                : SentenceCheck.of(offence, age, ImposedSentence.term(minimumYears, 0), null);
        assertThat(atMinimum.minimum().life()).isEqualTo("life".equals(minimumKind));
        assertThat(atMinimum.minimum().statute()).isEqualTo(minimumStatute);
        assertThat(atMinimum.belowMinimum()).as("the minimum itself is not below the minimum").isFalse();
        if (minimumYears != null) {
            assertThat(atMinimum.minimum().years()).isEqualTo(minimumYears);
            assertThat(SentenceCheck.of(offence, age, ImposedSentence.term(minimumYears - 1, 0), null).belowMinimum()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} years, {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DEFILEMENT | 11 | 30 | true
            DEFILEMENT | 11 | 99 | true
            DEFILEMENT | 12 | 19 | true
            DEFILEMENT | 12 | 20 | false
            DEFILEMENT | 15 | 25 | false
            DEFILEMENT | 16 | 14 | true
            DEFILEMENT | 17 | 15 | false
            DEFILEMENT | 17 | 10 | true
            """)
    void aTermOfYearsIsComparedWithTheMinimumOfTheBand(Offence offence, int age, int years, boolean below) {
        int childAge = ChildAge.of(age, AgeBasis.BIRTH_DATE).years();
        assertThat(SentenceCheck.of(offence, childAge, ImposedSentence.term(years, 0), null).belowMinimum()).isEqualTo(below);
    }

    @ParameterizedTest
    @EnumSource(Offence.class)
    void aLifeSentenceIsNeverBelowTheMinimum(Offence offence) {
        for (int age : new int[] { 11, 12, 15, 16, 17 }) {
            assertThat(SentenceCheck.of(offence, age, ImposedSentence.life(), null).belowMinimum()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(AgeBasis.class)
    void eighteenIsNotAChildWhateverTheBasis(AgeBasis basis) {
        assertThatThrownBy(() -> ChildAge.of(18, basis)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a child");
        assertThatThrownBy(() -> ChildAge.of(-1, basis)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "aged {0} is not {1}")
    @CsvSource({ "11, AGED_12_TO_15", "12, AGED_11_OR_UNDER", "15, AGED_16_TO_17", "16, AGED_12_TO_15", "17, AGED_12_TO_15" })
    void aBandThatDoesNotMatchTheAgeIsRefused(int age, AgeBand wrongBand) {
        assertThatThrownBy(() -> new ChildAge(age, AgeBasis.MEDICAL_ASSESSMENT, wrongBand))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Offence.class)
    void aConvictionNeedsASentence(Offence offence) {
        assertThatThrownBy(() -> JudgmentEndings.sentence("sentence", null, CourtEnding.CONVICTION))
                .isInstanceOf(ProblemException.class).hasMessageContaining("required for a conviction");
        assertThatThrownBy(() -> JudgmentEndings.sentence("sentence", new SentenceRequest(false, null), CourtEnding.CONVICTION))
                .isInstanceOf(ProblemException.class).hasMessageContaining("sentence.years");
    }
}
