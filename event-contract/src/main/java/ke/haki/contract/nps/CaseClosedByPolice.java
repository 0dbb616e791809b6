package ke.haki.contract.nps;

import ke.haki.contract.EventPayload;

/**
 * The police closed the file for a reason the law allows. It is still a closure without a court
 * outcome, and the NGEC follows it up.
 */
public record CaseClosedByPolice(PoliceClosureReason reason) implements EventPayload {

    @Override
    public String summary() {
        return "Police closed the file: " + reason;
    }

    public enum PoliceClosureReason {
        SUSPECT_DECEASED,
        NO_OFFENCE_DISCLOSED,
        DUPLICATE_REPORT,
        TRANSFERRED_TO_ANOTHER_STATION
    }
}
