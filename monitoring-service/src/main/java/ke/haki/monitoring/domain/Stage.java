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
    CLOSED,
    /** A child accused was diverted (Children Act 2022): followed until the diversion is reported completed or failed. */
    DIVERTED,
    /** The child accused completed the diversion: the case's lawful outcome. */
    DIVERSION_COMPLETED;

    /** A case in this stage still waits for an outcome (a court's, or a diversion's). */
    public boolean isOpen() {
        return this != JUDGMENT && this != CLOSED && this != DIVERSION_COMPLETED;
    }

    /** A case in this stage is before a trial court, or about to be: a judgment is awaited. */
    public boolean awaitsJudgment() {
        return isOpen() && this != DIVERTED;
    }
}
