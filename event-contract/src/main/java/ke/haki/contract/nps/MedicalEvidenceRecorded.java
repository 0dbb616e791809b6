package ke.haki.contract.nps;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Withdrawn;
import ke.haki.contract.Since;
import ke.haki.law.MedicalForm;

/**
 * A PRC or P3 form was completed at a health facility. Since 1.1 the facility travels as its KMHFL
 * code ({@code facilityCode}, {@link ke.haki.contract.Codes#FACILITY_CODE}, null when the police
 * did not record one); its name ({@code facility}) is no longer published (always null since 1.1;
 * ADR 0005) and stays in the police service.
 */
public record MedicalEvidenceRecorded(
        MedicalForm form,
        LocalDate examinedOn,
        @Withdrawn("1.1") String facility,
        @Since("1.1") String facilityCode) implements EventPayload {

    /** The shape of contract 1.0 (events still on the topic, replays): the facility's name. */
    public MedicalEvidenceRecorded(MedicalForm form, LocalDate examinedOn, String facility) {
        this(form, examinedOn, facility, null);
    }

    /** As the producer publishes it since 1.1: the code only. */
    public static MedicalEvidenceRecorded coded(MedicalForm form, LocalDate examinedOn, String facilityCode) {
        return new MedicalEvidenceRecorded(form, examinedOn, null, facilityCode);
    }

    @Override
    public String summary() {
        return "Medical evidence recorded: " + form + " examined on " + examinedOn
                + (facilityCode == null ? "" : " (facility " + facilityCode + ")");
    }
}
