package ke.haki.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Diversion: lawful for a child accused (under 18 at the offence), refused for an adult, at the 17/18 boundary. */
class ChildDiversionTest {

    @ParameterizedTest(name = "accused aged {0} at the offence: diversion lawful {1}")
    @CsvSource({ "17,true", "18,false", "0,true", "11,true", "45,false" })
    void theBoundaryIsTheEighteenthBirthday(int accusedAge, boolean lawful) {
        assertThat(ChildDiversion.refusal(List.of(accusedAge)).isEmpty()).isEqualTo(lawful);
    }

    @Test
    void anAdultDiversionIsRefusedWithTheSoaProhibition() {
        assertThat(ChildDiversion.refusal(List.of(18))).contains(ProhibitedClosure.DIVERSION);
        assertThat(ProhibitedClosure.DIVERSION.ruleId()).isEqualTo("SOA_NO_DIVERSION");
    }

    @Test
    void everyAccusedMustBeAChildAndAnUnknownAgeCountsAsAnAdults() {
        assertThat(ChildDiversion.refusal(List.of(16, 17))).isEmpty();
        assertThat(ChildDiversion.refusal(List.of(16, 18))).contains(ProhibitedClosure.DIVERSION);
        assertThat(ChildDiversion.refusal(Arrays.asList(16, null))).contains(ProhibitedClosure.DIVERSION);
        assertThat(ChildDiversion.refusal(List.of())).contains(ProhibitedClosure.DIVERSION);
    }
}
