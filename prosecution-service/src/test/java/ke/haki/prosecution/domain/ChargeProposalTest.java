package ke.haki.prosecution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import ke.haki.law.AgeBand;
import ke.haki.law.Offence;
import ke.haki.law.ChargeCount;
import ke.haki.law.ChargeProposal;

class ChargeProposalTest {

    private final ChargeProposal proposal = ChargeProposal.propose(Offence.DEFILEMENT, AgeBand.AGED_12_TO_15, false);

    @Test
    void noCountsOrTheSameCountsChargeTheProposalWithoutAReason() {
        assertThat(proposal.decide(List.of(), null).counts()).isEqualTo(proposal.counts());
        assertThat(proposal.decide(null, null).overrideReason()).isNull();
        assertThat(proposal.decide(proposal.counts(), null).counts()).containsExactly(
                new ChargeCount("s.8(1) as read with s.8(3) Sexual Offences Act", false),
                new ChargeCount("s.11(1) Sexual Offences Act", true));
    }

    @Test
    void otherCountsNeedAReason() {
        List<ChargeCount> other = List.of(new ChargeCount("s.11(1) Sexual Offences Act", false));
        assertThatThrownBy(() -> proposal.decide(other, "  ")).extracting("code").isEqualTo("override-reason-required");
        ChargeProposal.Decided decided = proposal.decide(other, " Penetration not proved ");
        assertThat(decided.counts()).isEqualTo(other);
        assertThat(decided.overrideReason()).isEqualTo("Penetration not proved");
    }

    @Test
    void aChargeNeedsAMainCount() {
        assertThatThrownBy(() -> proposal.decide(List.of(new ChargeCount("s.11(1) Sexual Offences Act", true)), "reason"))
                .extracting("code").isEqualTo("no-main-count");
    }

    @Test
    void fileNumbersArePerCountyAndYear() {
        assertThat(OdppFileNumber.format("047", 2026, 123)).isEqualTo("ODPP/047/2026/000123");
        assertThatThrownBy(() -> OdppFileNumber.format("47", 2026, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
