package ke.haki.contract.ngec;

/** The kinds of alert the monitor raises. */
public enum AlertType {
    /** No event for longer than the case's stage allows. */
    CASE_QUIET,
    /** The case ended other than by a judgment. */
    CLOSED_WITHOUT_COURT_OUTCOME,
    /** Someone tried a withdrawal, settlement, plea deal or diversion, and it was refused. */
    PROHIBITED_CLOSURE_ATTEMPT,
    /** Not arraigned within the limit of Constitution Art. 49(1)(f) (24 hours, or the end of the next court day). */
    ARRAIGNMENT_OVERDUE,
    /** A sentence below the Sexual Offences Act minimum for the child's age band. */
    SENTENCE_BELOW_STATUTORY_MINIMUM,
    /** A producer's per-case sequence skipped a number: an event was lost or withheld. */
    EVENT_SEQUENCE_GAP,
    /** The prosecutor charged a count with a lower minimum than the one the facts call for. */
    CHARGE_DOWNGRADED,
    /** Art. 50(2)(e): adjournments pile up, or the trial runs past its limit. */
    TRIAL_DELAYED
}
