package ke.haki.police.domain;

import ke.haki.law.RuleViolation;

/**
 * What the police may do with a case in each status. Each check returns normally or throws a
 * {@link RuleViolation} naming why not.
 */
public final class CaseLifecycle {

    private CaseLifecycle() {}

    /** Evidence, suspects and investigation updates are recorded while the case is not closed. */
    public static void requireOpen(CaseStatus status) {
        if (status.isClosed()) {
            throw new RuleViolation("case-closed", "The case is closed (" + status + ")");
        }
    }

    /** The first referral: from the police investigation, with the victim and a suspect on file. */
    public static void requireReferable(CaseStatus status, boolean victimRecorded, int suspects) {
        if (status != CaseStatus.REPORTED && status != CaseStatus.UNDER_INVESTIGATION) {
            throw new RuleViolation("not-referable",
                    "Only a case under police investigation can be referred; this one is " + status
                            + (status == CaseStatus.RETURNED_FOR_INVESTIGATION ? " (use re-submission)" : ""));
        }
        if (!victimRecorded) {
            throw new RuleViolation("victim-missing", "Record the victim's particulars before referral");
        }
        if (suspects == 0) {
            throw new RuleViolation("suspect-missing", "Record at least one suspect before referral");
        }
    }

    public static void requireResubmittable(CaseStatus status) {
        if (status != CaseStatus.RETURNED_FOR_INVESTIGATION) {
            throw new RuleViolation("not-returned",
                    "Only a file ODPP returned for further investigation can be re-submitted; this one is " + status);
        }
    }

    /** Police may close a file (for a lawful reason) only before it is charged. */
    public static void requireClosableByPolice(CaseStatus status) {
        if (!status.isWithPolice() && status != CaseStatus.REFERRED_TO_ODPP && status != CaseStatus.UNDER_ODPP_REVIEW) {
            throw new RuleViolation("not-closable",
                    "A case that is " + status + " can only end in court");
        }
    }
}
