package ke.haki.prosecution.it;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventPayload;
import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.MedicalForm;
import ke.haki.law.Offence;
import ke.haki.law.Sex;
import ke.haki.law.SuspectRelationship;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.testsupport.TopicWriter;

/**
 * One police case's events, built and numbered (1, 2, 3, ...) exactly as police-intake-service
 * publishes them, and written to the real broker.
 */
final class PoliceFeed {

    static final String OFFICE = "ODPP-NRB";

    final String caseId = UUID.randomUUID().toString();
    final ActingUnit station;
    final List<CaseEvent> published = new ArrayList<>();
    private long sequence;

    PoliceFeed(String stationCode, String countyCode) {
        this.station = new ActingUnit(Agency.NPS, stationCode, countyCode);
    }

    static PoliceFeed nairobi() {
        return new PoliceFeed("NRB-KILIMANI", "047");
    }

    static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    CaseEvent event(EventPayload payload) {
        return CaseEvent.of(UUID.randomUUID(), caseId, ++sequence, Instant.now(), station, payload);
    }

    CaseEvent publish(EventPayload payload) {
        CaseEvent event = event(payload);
        try (TopicWriter writer = new TopicWriter(bootstrapServers())) {
            writer.publish(event);
        }
        published.add(event);
        return event;
    }

    void republish(CaseEvent event) {
        try (TopicWriter writer = new TopicWriter(bootstrapServers())) {
            writer.publish(event);
        }
    }

    CaseReported reported(Offence offence) {
        return new CaseReported("OB " + (sequence + 17) + "/10/4/2026", station.unitCode(), station.countyCode(), offence,
                LocalDate.of(2026, 4, 9), Instant.parse("2026-04-10T07:30:00Z"));
    }

    /** Report, victim, suspect, arrest and PRC form, then the first referral: six events. */
    void referredCase(Offence offence, int ageAtOffence, AgeBasis basis) {
        referredCase(offence, ageAtOffence, basis, 34);
    }

    /** The same six events, with the suspect's age at the offence of the test's choosing. */
    void referredCase(Offence offence, int ageAtOffence, AgeBasis basis, Integer suspectAge) {
        publish(reported(offence));
        publish(new VictimRecorded("V-7KQ2M-9XDHP-4RTWA", ageAtOffence, AgeBand.ofAge(ageAtOffence), basis, Sex.FEMALE, false));
        publish(new SuspectRecorded("S1", suspectAge, SuspectRelationship.FAMILY_ACQUAINTANCE));
        publish(new SuspectArrested("S1", Instant.parse("2026-04-10T09:00:00Z"), Instant.parse("2026-04-11T09:00:00Z")));
        publish(new MedicalEvidenceRecorded(MedicalForm.PRC, LocalDate.of(2026, 4, 10), "Nairobi Women's Hospital GVRC"));
        publish(new CaseReferred(1, OFFICE, offence, 1, true));
    }

    void resubmitted(int referralNumber) {
        publish(new CaseResubmitted(referralNumber, OFFICE, 2));
    }
}
