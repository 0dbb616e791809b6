package ke.haki.prosecution.domain;

import ke.haki.law.RuleViolation;
import java.util.EnumSet;
import java.util.Set;

import ke.haki.contract.odpp.AppealDecided.AppealOutcome;
import ke.haki.contract.odpp.DiversionConcluded.DiversionOutcome;
import ke.haki.contract.odpp.PleaRecorded.Plea;
import ke.haki.law.CourtEnding;

/**
 * The state machine of an ODPP file. Each step checks the current status and returns the next one,
 * or throws a {@link RuleViolation} naming why not. There is deliberately no transition
 * that ends a file without a court outcome other than a reasoned decision not to charge. Only the
 * {@link ProsecutionFile} aggregate applies it, with its own state.
 */
final class FileLifecycle {

    private static final Set<FileStatus> ASSIGNABLE = EnumSet.of(FileStatus.UNDER_REVIEW,
            FileStatus.RETURNED_FOR_INVESTIGATION, FileStatus.CHARGE_APPROVED, FileStatus.IN_COURT,
            FileStatus.JUDGMENT_DELIVERED, FileStatus.UNDER_APPEAL, FileStatus.DIVERTED);

    private static final Set<FileStatus> DIVERTIBLE = EnumSet.of(FileStatus.UNDER_REVIEW, FileStatus.CHARGE_APPROVED,
            FileStatus.IN_COURT);

    private FileLifecycle() {}

    /** A police re-submission reopens the review only of a file ODPP returned. */
    public static FileStatus resubmit(FileStatus status) {
        if (status != FileStatus.RETURNED_FOR_INVESTIGATION) {
            throw new RuleViolation("not-returned",
                    "Only a file returned for further investigation can be re-submitted; this one is " + status);
        }
        return FileStatus.UNDER_REVIEW;
    }

    /** A prosecutor may take over the file at any stage until it is concluded. */
    public static void requireAssignable(FileStatus status) {
        if (!ASSIGNABLE.contains(status)) {
            throw new RuleViolation("file-concluded", "The file is " + status + ": nothing is left to assign");
        }
    }

    /**
     * A charging decision (charge, decline, return to police) is taken on a file under review, by an
     * assigned prosecutor (ODPP Decision to Charge Guidelines 2019).
     */
    public static void requireDecidable(FileStatus status, boolean prosecutorAssigned) {
        if (status != FileStatus.UNDER_REVIEW) {
            throw new RuleViolation("not-under-review",
                    "A charging decision needs a file under review; this one is " + status);
        }
        if (!prosecutorAssigned) {
            throw new RuleViolation("no-prosecutor", "Assign a prosecutor before the charging decision");
        }
    }

    /** To charge, the file needs the child's age band: it decides the section and the penalty (SOA s.8). */
    public static FileStatus charge(FileStatus status, boolean prosecutorAssigned, boolean ageBandKnown,
            boolean evidentialTestMet, boolean publicInterestTestMet) {
        requireDecidable(status, prosecutorAssigned);
        if (!evidentialTestMet || !publicInterestTestMet) {
            throw new RuleViolation("decision-to-charge-tests-not-met",
                    "Charging needs both the evidential and the public-interest test met "
                            + "(Decision to Charge Guidelines 2019); otherwise return the file or decline with a reason");
        }
        if (!ageBandKnown) {
            throw new RuleViolation("victim-age-unknown",
                    "The police have not recorded the child's age at the offence; return the file for it");
        }
        return FileStatus.CHARGE_APPROVED;
    }

    public static FileStatus decline(FileStatus status, boolean prosecutorAssigned) {
        requireDecidable(status, prosecutorAssigned);
        return FileStatus.CHARGE_DECLINED;
    }

    /** A decision not to charge may be reviewed: the file goes back under review for a new decision. */
    public static FileStatus reopenDeclined(FileStatus status) {
        if (status != FileStatus.CHARGE_DECLINED) {
            throw new RuleViolation("not-declined", "Only a decision not to charge can be reviewed; this file is " + status);
        }
        return FileStatus.UNDER_REVIEW;
    }

    public static FileStatus returnToPolice(FileStatus status, boolean prosecutorAssigned) {
        requireDecidable(status, prosecutorAssigned);
        return FileStatus.RETURNED_FOR_INVESTIGATION;
    }

    public static FileStatus fileInCourt(FileStatus status) {
        if (status != FileStatus.CHARGE_APPROVED) {
            throw new RuleViolation("charge-not-approved",
                    "Only an approved charge can be filed in court; this file is " + status);
        }
        return FileStatus.IN_COURT;
    }

    public static void requirePleaAllowed(FileStatus status, Plea existingPlea) {
        requireInCourt(status);
        if (existingPlea != null) {
            throw new RuleViolation("plea-already-recorded", "The accused already took plea: " + existingPlea);
        }
    }

    public static void requireInCourt(FileStatus status) {
        if (status != FileStatus.IN_COURT) {
            throw new RuleViolation("not-in-court", "The file is " + status + ", not in court");
        }
    }

    /**
     * The court may end the proceedings without a verdict only while the case is before it; the
     * ending must be one that is not a judgment, and a discontinuance needs the court's ruling
     * (Constitution Art. 157(8)).
     */
    public static FileStatus terminate(FileStatus status, CourtEnding ending, String rulingReference) {
        requireInCourt(status);
        if (ending.onTheMerits() || ending == CourtEnding.DISCHARGE_AFTER_CONVICTION) {
            throw new RuleViolation("not-a-termination", ending + " is recorded with the judgment, not as a termination");
        }
        if (ending == CourtEnding.DISCONTINUANCE_WITH_COURT_PERMISSION && (rulingReference == null || rulingReference.isBlank())) {
            throw new RuleViolation("ruling-required", "A discontinuance needs the court's permission: give the ruling's reference",
                    ending.provision());
        }
        return FileStatus.ENDED_WITHOUT_VERDICT;
    }

    /** Judgment follows the plea. */
    public static FileStatus judgment(FileStatus status, Plea plea) {
        requireInCourt(status);
        if (plea == null) {
            throw new RuleViolation("no-plea", "Record the plea before the judgment");
        }
        return FileStatus.JUDGMENT_DELIVERED;
    }

    /**
     * A child accused may be diverted while the file is under review, charged or before the court,
     * never after the judgment or once the file is concluded.
     */
    public static FileStatus divert(FileStatus status) {
        if (!DIVERTIBLE.contains(status)) {
            throw new RuleViolation("not-divertible", "A diversion needs a file under review, charged or in court; "
                    + "this one is " + status);
        }
        return FileStatus.DIVERTED;
    }

    /**
     * A completed diversion ends the case; a failed one resumes the prosecution where it stood: in
     * court if the charge was filed, charged if it was approved, else under review.
     */
    public static FileStatus concludeDiversion(FileStatus status, DiversionOutcome outcome, boolean chargeApproved,
            boolean chargeFiled) {
        if (status != FileStatus.DIVERTED) {
            throw new RuleViolation("not-diverted", "No diversion is under way; this file is " + status);
        }
        if (outcome == DiversionOutcome.COMPLETED) {
            return FileStatus.DIVERSION_COMPLETED;
        }
        return chargeFiled ? FileStatus.IN_COURT : chargeApproved ? FileStatus.CHARGE_APPROVED : FileStatus.UNDER_REVIEW;
    }

    public static FileStatus appealFiled(FileStatus status) {
        if (status != FileStatus.JUDGMENT_DELIVERED && status != FileStatus.APPEAL_DECIDED) {
            throw new RuleViolation("no-judgment", "An appeal needs a judgment; this file is " + status);
        }
        return FileStatus.UNDER_APPEAL;
    }

    /** A retrial sends the case back to the trial court; any other outcome concludes the file. */
    public static FileStatus appealDecided(FileStatus status, AppealOutcome outcome) {
        if (status != FileStatus.UNDER_APPEAL) {
            throw new RuleViolation("no-appeal", "No appeal is pending; this file is " + status);
        }
        return outcome == AppealOutcome.RETRIAL_ORDERED ? FileStatus.IN_COURT : FileStatus.APPEAL_DECIDED;
    }
}
