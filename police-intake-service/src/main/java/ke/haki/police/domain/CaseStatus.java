package ke.haki.police.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands, as the police see it. */
public enum CaseStatus {
    REPORTED,
    UNDER_INVESTIGATION,
    REFERRED_TO_ODPP,
    UNDER_ODPP_REVIEW,
    RETURNED_FOR_INVESTIGATION,
    CHARGED,
    JUDGMENT_DELIVERED,
    CLOSED_BY_POLICE,
    /** ODPP decided not to charge (a decision that may be reviewed and re-opened). */
    CHARGE_DECLINED_BY_ODPP,
    /** The court ended the proceedings without a decision on the merits (CPC s.87(a), s.204, Art. 157(8), abatement). */
    ENDED_IN_COURT_WITHOUT_VERDICT,
    /** ODPP diverted the child accused (Children Act 2022); the diversion's end is awaited. */
    DIVERTED_BY_ODPP,
    /** The child accused completed the diversion: the case ended with it. */
    DIVERSION_COMPLETED;

    private static final Set<CaseStatus> OPEN_AT_POLICE = EnumSet.of(REPORTED, UNDER_INVESTIGATION,
            RETURNED_FOR_INVESTIGATION);

    /** The file is with the police: evidence may be added and the file referred or closed. */
    public boolean isWithPolice() {
        return OPEN_AT_POLICE.contains(this);
    }

    /** Where ODPP holds the file: a referral or re-submission awaits, or is under, its review. */
    public boolean isWithOdpp() {
        return this == REFERRED_TO_ODPP || this == UNDER_ODPP_REVIEW;
    }

    public boolean isClosed() {
        return this == CLOSED_BY_POLICE || this == JUDGMENT_DELIVERED || this == ENDED_IN_COURT_WITHOUT_VERDICT
                || this == DIVERSION_COMPLETED;
    }
}
