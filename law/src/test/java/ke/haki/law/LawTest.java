package ke.haki.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LawTest {

    @ParameterizedTest
    @CsvSource({ "0,AGED_11_OR_UNDER", "11,AGED_11_OR_UNDER", "12,AGED_12_TO_15", "15,AGED_12_TO_15",
            "16,AGED_16_TO_17", "17,AGED_16_TO_17" })
    void ageBandsFollowSection8(int age, AgeBand band) {
        assertThat(AgeBand.ofAge(age)).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({ "18", "-1" })
    void anAdultOrANegativeAgeHasNoBand(int age) {
        assertThatThrownBy(() -> AgeBand.ofAge(age)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "DEFILEMENT,AGED_11_OR_UNDER,true,0,s.8(2) Sexual Offences Act",
            "DEFILEMENT,AGED_12_TO_15,false,20,s.8(3) Sexual Offences Act",
            "DEFILEMENT,AGED_16_TO_17,false,15,s.8(4) Sexual Offences Act",
            "ATTEMPTED_DEFILEMENT,AGED_11_OR_UNDER,false,20,s.9(2) Sexual Offences Act",
            "ATTEMPTED_DEFILEMENT,AGED_12_TO_15,false,10,s.9(3) Sexual Offences Act",
            "ATTEMPTED_DEFILEMENT,AGED_16_TO_17,false,5,s.9(4) Sexual Offences Act",
            "INCEST_WITH_CHILD,AGED_12_TO_15,false,10,s.20(1) Sexual Offences Act",
            "GANG_DEFILEMENT,AGED_16_TO_17,false,15,s.10 Sexual Offences Act",
            "INDECENT_ACT_WITH_CHILD,AGED_12_TO_15,false,10,s.11(1) Sexual Offences Act" })
    void statutoryMinimums(Offence offence, AgeBand band, boolean life, int years, String statute) {
        MinimumSentence minimum = StatutoryMinimums.on(offence, band);
        assertThat(minimum.life()).isEqualTo(life);
        assertThat(minimum.years()).isEqualTo(years);
        assertThat(minimum.statute()).isEqualTo(statute);
    }

    @ParameterizedTest
    @CsvSource({ "false,19,false", "false,20,true", "false,30,true", "true,,true" })
    void aSentenceIsAboveTheTwentyYearMinimumOnlyFromTwentyYears(boolean life, Integer years, boolean above) {
        assertThat(StatutoryMinimums.on(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15).isMetBy(sentence(life, years)))
                .isEqualTo(above);
    }

    @ParameterizedTest
    @CsvSource({ "false,40,false", "true,,true" })
    void onlyLifeMeetsALifeMinimum(boolean life, Integer years, boolean above) {
        assertThat(StatutoryMinimums.on(Offence.DEFILEMENT, AgeBand.AGED_11_OR_UNDER).isMetBy(sentence(life, years)))
                .isEqualTo(above);
    }

    private static ImposedSentence sentence(boolean life, Integer years) {
        return life ? ImposedSentence.life() : ImposedSentence.term(years, 0);
    }

    @ParameterizedTest
    @CsvSource({ "001,true", "047,true", "045,true", "000,false", "048,false", "47,false", "abc,false" })
    void countyCodes(String code, boolean valid) {
        assertThat(County.isValidCode(code)).isEqualTo(valid);
    }
}
