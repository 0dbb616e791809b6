package ke.haki.prosecution.domain;

/** Where an ODPP file stands, from the police referral to the last court outcome. */
public enum FileStatus {
    /** A referral (or a re-submission) awaits the charging decision. */
    UNDER_REVIEW,
    /** Returned to the police for further investigation (Constitution Art. 157(4)). */
    RETURNED_FOR_INVESTIGATION,
    /** The decision is to charge; the charge sheet is not yet filed in court. */
    CHARGE_APPROVED,
    /** The decision is not to charge: the case ends without a court outcome. */
    CHARGE_DECLINED,
    /** The charge is filed in court: plea, mentions and hearings. */
    IN_COURT,
    /** The trial court delivered its judgment. */
    JUDGMENT_DELIVERED,
    /** An appeal against the judgment or sentence is pending. */
    UNDER_APPEAL,
    /** The appellate court decided; nothing further is pending. */
    APPEAL_DECIDED,
    /**
     * The court ended the proceedings without a decision on the merits (CPC s.87(a) or s.204,
     * Art. 157(8), abatement): a closure without a court outcome, recorded as what it is.
     */
    ENDED_WITHOUT_VERDICT,
    /** A child accused was diverted (Children Act 2022): the programme is under way, its end awaited. */
    DIVERTED,
    /** The child completed the diversion: the case ended with it. */
    DIVERSION_COMPLETED;

    /** No further step of the prosecution is expected. */
    public boolean isConcluded() {
        return this == CHARGE_DECLINED || this == APPEAL_DECIDED || this == ENDED_WITHOUT_VERDICT
                || this == DIVERSION_COMPLETED;
    }
}
