package ke.haki.contract.ngec;

/** The kinds of alert the monitor raises. */
public enum AlertType {
    /** No event for longer than the case's stage allows. */
    CASE_QUIET,
    /** The case ended other than by a judgment. */
    CLOSED_WITHOUT_COURT_OUTCOME,
    /** Someone tried a withdrawal, settlement, plea deal or diversion, and it was refused. */
    PROHIBITED_CLOSURE_ATTEMPT,
    /** Arrested more than 24 hours without arraignment (Constitution Art. 49(1)(f)). */
    ARRAIGNMENT_OVERDUE,
    /** A sentence below the Sexual Offences Act minimum for the child's age band. */
    SENTENCE_BELOW_STATUTORY_MINIMUM,
    /** A producer's per-case sequence skipped a number: an event was lost or withheld. */
    EVENT_SEQUENCE_GAP
}
