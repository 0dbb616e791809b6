package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;

/** An appeal against the judgment or sentence was filed. */
public record AppealFiled(String courtCaseNumber, Appellant appellant, String appealCourt, LocalDate filedOn)
        implements EventPayload {

    @Override
    public String summary() {
        return "Appeal by the " + (appellant == null ? "unstated party" : appellant.name().toLowerCase()) + " filed at " + appealCourt;
    }

    public enum Appellant {
        ACCUSED,
        PROSECUTION
    }
}
