package ke.haki.prosecution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ke.haki.law.ProhibitedClosure;

/** Every way of ending a prosecution without a court outcome is refused, for every offence, naming its statute. */
class ProsecutionPolicyTest {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            WITHDRAWAL     | SOA_NO_WITHDRAWAL     | Criminal Procedure Code s.87(a)
            NOLLE_PROSEQUI | SOA_NO_NOLLE_PROSEQUI | Criminal Procedure Code s.82
            PLEA_AGREEMENT | SOA_NO_PLEA_AGREEMENT | Criminal Procedure Code s.137N
            DIVERSION      | SOA_NO_DIVERSION      | DPP letter of 15 February 2023
            RECONCILIATION | SOA_NO_RECONCILIATION | Criminal Procedure Code s.176
            """)
    void refusedForEverySexualOffencesActOffence(ClosureAction action, String ruleId, String statute) {
        // every offence followed here is a Sexual Offences Act offence: the decision does not read it
        ProsecutionPolicy.Decision decision = ProsecutionPolicy.decide(action);
        assertThat(decision).as(action.toString()).isInstanceOf(ProsecutionPolicy.Refused.class);
        ProhibitedClosure rule = ((ProsecutionPolicy.Refused) decision).rule();
        assertThat(rule.ruleId()).isEqualTo(ruleId);
        assertThat(rule.statute()).contains(statute);
    }

    @Test
    void everyActionIsCoveredByTheTable() {
        assertThat(Arrays.stream(ClosureAction.values()).map(ClosureAction::name))
                .containsExactlyInAnyOrder("WITHDRAWAL", "NOLLE_PROSEQUI", "PLEA_AGREEMENT", "DIVERSION", "RECONCILIATION");
    }
}
