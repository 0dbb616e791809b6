package ke.haki.prosecution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourtCaseNumberTest {

    @Test
    void readsTheJudiciaryFormat() {
        CourtCaseNumber n = CourtCaseNumber.parse("Sexual Offence Case No. E035 of 2025").orElseThrow();
        assertThat(n.kind()).isEqualTo("Sexual Offence");
        assertThat(n.electronic()).isTrue();
        assertThat(n.number()).isEqualTo(35);
        assertThat(n.year()).isEqualTo(2025);
        assertThat(n).hasToString("Sexual Offence Case No. E035 of 2025");
        assertThat(CourtCaseNumber.parse("Criminal Case No. 1234 of 2018")).isPresent();
        assertThat(CourtCaseNumber.parse("  Sexual  Offence Case No. E7 of 2026 ").orElseThrow())
                .hasToString("Sexual Offence Case No. E007 of 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "E035/2025", "Sexual Offence Case E035 of 2025", "Sexual Offence Case No. E035",
            "Sexual Offence Case No. X035 of 2025", "sexual offence Case No. E035 of 2025", "Sexual Offence Case No. E035 of 1899",
            "Sexual Offence Case No. E035 of 2019", "Case No. E035 of 2025" })
    void refusesAnythingElse(String text) {
        assertThat(CourtCaseNumber.parse(text)).isEmpty();
    }
}
