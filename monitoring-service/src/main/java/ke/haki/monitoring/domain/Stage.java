package ke.haki.monitoring.domain;

/** Where a case stands across agencies, as the monitor sees it. */
public enum Stage {
    REPORTED,
    UNDER_INVESTIGATION,
    REFERRED,
    RETURNED_TO_POLICE,
    CHARGED,
    IN_COURT,
    JUDGMENT,
    APPEAL,
    CLOSED;

    /** A case in this stage still waits for a court outcome. */
    public boolean isOpen() {
        return this != JUDGMENT && this != CLOSED;
    }
}
