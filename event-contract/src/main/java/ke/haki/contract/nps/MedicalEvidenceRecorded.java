package ke.haki.contract.nps;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;
import ke.haki.law.MedicalForm;

/** A PRC or P3 form was completed at a health facility. */
public record MedicalEvidenceRecorded(
        MedicalForm form,
        LocalDate examinedOn,
        String facility) implements EventPayload {

    @Override
    public String summary() {
        return "Medical evidence recorded: " + form + " examined on " + examinedOn
                + (facility == null ? "" : " (" + facility + ")");
    }
}
