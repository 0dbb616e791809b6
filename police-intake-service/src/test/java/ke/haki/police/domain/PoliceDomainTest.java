package ke.haki.police.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.RuleViolation;

class PoliceDomainTest {

    @ParameterizedTest
    @CsvSource({ "OB 56/10/4/2022,OB 56/10/4/2022", "ob56/10/4/2022,OB 56/10/4/2022", "OB 1/31/12/2025,OB 1/31/12/2025",
            "  OB 7/1/1/2026 ,OB 7/1/1/2026" })
    void obNumbersAreReadAndWrittenCanonically(String text, String canonical) {
        assertThat(ObNumber.parse(text)).get().hasToString(canonical);
    }

    @ParameterizedTest
    @CsvSource({ "OB 56/31/4/2022", "OB 0/1/1/2022", "OB 56-10-4-2022", "56/10/4/2022", "OB 56/10/4/22", "OB /10/4/2022", "''" })
    void malformedObNumbersAreRejected(String text) {
        assertThat(ObNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "2014-04-10,,,11,AGED_11_OR_UNDER,BIRTH_DATE",
            "2014-04-09,,,12,AGED_12_TO_15,BIRTH_DATE",
            "2010-04-10,,,15,AGED_12_TO_15,BIRTH_DATE",
            "2010-04-09,,,16,AGED_16_TO_17,BIRTH_DATE",
            "2008-04-10,,,17,AGED_16_TO_17,BIRTH_DATE",
            ",11,13,11,AGED_11_OR_UNDER,MEDICAL_ASSESSMENT",
            ",12,,12,AGED_12_TO_15,MEDICAL_ASSESSMENT",
            ",,16,16,AGED_16_TO_17,DECLARED" })
    void theAgeAtTheOffenceFollowsTheBestEvidence(LocalDate birth, Integer medical, Integer declared, int years,
            AgeBand band, AgeBasis basis) {
        VictimAge age = VictimAge.at(LocalDate.parse("2026-04-09"), birth, medical, declared);
        assertThat(age.years()).isEqualTo(years);
        assertThat(age.band()).isEqualTo(band);
        assertThat(age.basis()).isEqualTo(basis);
    }

    @Test
    void aVictimOfEighteenIsNotAChild() {
        assertThatThrownBy(() -> VictimAge.at(LocalDate.parse("2026-04-09"), LocalDate.parse("2008-04-09"), null, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("18");
    }

    @Test
    void anAgeIsRequired() {
        assertThatThrownBy(() -> VictimAge.at(LocalDate.parse("2026-04-09"), null, null, null))
                .isInstanceOf(RuleViolation.class);
    }
}
