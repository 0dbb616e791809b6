package ke.haki.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private final CaseEvent police = Samples.event(EventType.NPS_CASE_REPORTED);

    @Test
    void anEventWithItsOwnHeadersOnItsOwnTopicIsTrusted() {
        assertThat(Provenance.problem(Topics.NPS_CASE_EVENTS, CloudEventHeaders.of(police), police)).isEmpty();
    }

    @Test
    void aPoliceTypeOnTheOdppTopicIsRejected() {
        assertThat(Provenance.problem(Topics.ODPP_CASE_EVENTS, CloudEventHeaders.of(police), police))
                .hasValueSatisfying(r -> assertThat(r).contains("ke.nps.case.reported.v1").contains(Topics.ODPP_CASE_EVENTS));
    }

    @Test
    void aLyingSourceIsRejected() {
        Map<String, String> headers = new LinkedHashMap<>(CloudEventHeaders.of(police));
        headers.put(CloudEventHeaders.SOURCE, "urn:haki:nps:KSI-KISII-CENTRAL");
        assertThat(Provenance.problem(Topics.NPS_CASE_EVENTS, headers, police)).hasValueSatisfying(r -> assertThat(r).contains("ce_source"));
        headers.remove(CloudEventHeaders.SOURCE);
        assertThat(Provenance.problem(Topics.NPS_CASE_EVENTS, headers, police)).hasValueSatisfying(r -> assertThat(r).contains("missing"));
    }

    @Test
    void anOdppActingUnitOnAPoliceTypeIsRejected() {
        CaseEvent forged = new CaseEvent(police.eventId(), police.type(), police.caseId(), police.sequence(),
                police.occurredAt(), new ActingUnit(Agency.ODPP, "ODPP-NRB", "047"), police.payload());
        assertThat(Provenance.problem(Topics.NPS_CASE_EVENTS, CloudEventHeaders.of(forged), forged))
                .hasValueSatisfying(r -> assertThat(r).contains("acting unit is of ODPP"));
    }

    @Test
    void headersThatDisagreeWithTheBodyAreRejected() {
        Map<String, String> headers = new LinkedHashMap<>(CloudEventHeaders.of(police));
        headers.put(CloudEventHeaders.TYPE, "ke.nps.case.closed.v1");
        assertThat(Provenance.problem(Topics.NPS_CASE_EVENTS, headers, police)).isPresent();
    }
}
