package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;

/** The accused took plea in court. */
public record PleaRecorded(String courtCaseNumber, Plea plea, LocalDate recordedOn) implements EventPayload {

    @Override
    public String summary() {
        return "Plea: " + plea;
    }

    public enum Plea {
        GUILTY,
        NOT_GUILTY
    }
}
