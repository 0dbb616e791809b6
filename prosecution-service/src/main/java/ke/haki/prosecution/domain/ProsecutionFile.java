package ke.haki.prosecution.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.AppealDecided.AppealOutcome;
import ke.haki.contract.odpp.AppealFiled;
import ke.haki.contract.odpp.AppealFiled.Appellant;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeApproved.OverrideReason;
import ke.haki.contract.odpp.ChargeDecisionReviewed;
import ke.haki.contract.odpp.ChargeDecisionReviewed.ReviewGround;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeDeclined.DeclineReason;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.DiversionConcluded;
import ke.haki.contract.odpp.DiversionConcluded.DiversionOutcome;
import ke.haki.contract.odpp.DiversionRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.JudgmentDelivered.Sentence;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.contract.odpp.PleaRecorded.Plea;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.contract.odpp.ReturnedForInvestigation.Direction;
import ke.haki.law.ChargeCount;
import ke.haki.law.ChargeProposal;
import ke.haki.law.CourtEnding;
import ke.haki.law.ImposedSentence;
import ke.haki.law.RuleViolation;
import ke.haki.law.SentenceCheck;

/**
 * The ODPP file of a case, from the police referral to the last court outcome, and the rules of
 * every step on it. Each command either returns the event it causes (the caller publishes it) or
 * throws a {@link RuleViolation} naming the rule ({@link InvalidEntry} for a value that does not
 * fit); a refused command changes nothing. The status follows {@link FileLifecycle}; the ways of
 * ending the prosecution without a court outcome are decided by {@link ProsecutionPolicy}; the
 * charge and the sentence check by the law ({@link ChargeProposal}, {@link SentenceCheck}).
 * Long because it is the one class that applies the rules of the file: every step is one of its
 * methods, so a reader finds a step, the rules it calls and the event it causes together.
 */
public final class ProsecutionFile {

    /** Assigning the prosecutor who already holds the file. */
    public static final String ALREADY_ASSIGNED = "already-assigned";

    private final String fileNumber;
    private final CaseFacts facts;
    private String officeCode;
    private int referralNumber;
    private FileStatus status;
    private String prosecutorRef;
    private ChargingDecision charging;
    private CourtRecord court;
    private TrialOutcome trial;
    private Diversion diversion;
    private Appeal appeal;

    /** The file as stored, with the police facts its rules read. */
    public ProsecutionFile(String fileNumber, String officeCode, int referralNumber, FileStatus status,
            String prosecutorRef, ChargingDecision charging, CourtRecord court, TrialOutcome trial, Diversion diversion,
            Appeal appeal, CaseFacts facts) {
        this.fileNumber = fileNumber;
        this.officeCode = officeCode;
        this.referralNumber = referralNumber;
        this.status = status;
        this.prosecutorRef = prosecutorRef;
        this.charging = charging;
        this.court = court;
        this.trial = trial;
        this.diversion = diversion;
        this.appeal = appeal;
        this.facts = facts;
    }

    /** A police referral opens the file, under review; {@link #referral()} announces it. */
    public static ProsecutionFile referred(String fileNumber, String officeCode, int referralNumber, CaseFacts facts) {
        return new ProsecutionFile(fileNumber, officeCode, referralNumber, FileStatus.UNDER_REVIEW, null,
                ChargingDecision.NONE, CourtRecord.NONE, TrialOutcome.NONE, Diversion.NONE, Appeal.NONE, facts);
    }

    /** The event announcing the file's current referral. */
    public ReferralReceived referral() {
        return new ReferralReceived(fileNumber, officeCode, referralNumber);
    }

    /** A police re-submission reopens the review of a returned file (from another ODPP office, when named). */
    public ReferralReceived resubmit(int newReferralNumber, String newOfficeCode) {
        status = FileLifecycle.resubmit(status);
        referralNumber = newReferralNumber;
        if (newOfficeCode != null && !newOfficeCode.isBlank()) {
            officeCode = newOfficeCode;
        }
        return referral();
    }

    public ProsecutorAssigned assign(String newProsecutorRef) {
        FileLifecycle.requireAssignable(status);
        if (newProsecutorRef.equals(prosecutorRef)) {
            throw new RuleViolation(ALREADY_ASSIGNED, newProsecutorRef + " already holds " + fileNumber);
        }
        prosecutorRef = newProsecutorRef;
        return new ProsecutorAssigned(fileNumber, prosecutorRef);
    }

    /**
     * The decision to charge: both tests met, the child's age known; the counts proposed from the
     * offence and the age band, or others with a reason (which goes out as a code, ADR 0005).
     */
    public ChargeApproved charge(boolean evidentialTestMet, boolean publicInterestTestMet, List<ChargeCount> counts,
            String overrideReason, OverrideReason overrideReasonCode) {
        FileStatus next = FileLifecycle.charge(status, prosecutorRef != null, facts.victimAgeBand() != null,
                evidentialTestMet, publicInterestTestMet);
        ChargeProposal proposal = facts.proposal().orElseThrow();
        ChargeProposal.Decided decided = proposal.decide(counts, overrideReason);
        OverrideReason code = decided.overrideReason() == null ? null
                : overrideReasonCode == null ? OverrideReason.OTHER : overrideReasonCode;
        status = next;
        charging = charging.charged(proposal.mainStatute(), decided.counts(), decided.overrideReason(), code);
        return ChargeApproved.coded(fileNumber, decided.counts(), proposal.mainStatute(), code);
    }

    public ChargeDeclined decline(DeclineReason reason, Boolean evidentialTestMet, Boolean publicInterestTestMet) {
        status = FileLifecycle.decline(status, prosecutorRef != null);
        charging = charging.declined(reason, evidentialTestMet, publicInterestTestMet);
        return new ChargeDeclined(fileNumber, reason, evidentialTestMet, publicInterestTestMet);
    }

    public ChargeDecisionReviewed reviewDecline(LocalDate reviewedOn, ReviewGround ground) {
        status = FileLifecycle.reopenDeclined(status);
        charging = charging.reopened();
        return new ChargeDecisionReviewed(fileNumber, reviewedOn, ground);
    }

    /** Returns the file with directions (each with a code, OTHER when none is given) and a date after today. */
    public ReturnedForInvestigation returnToPolice(List<String> directions, List<Direction> directionCodes,
            LocalDate respondBy, LocalDate today) {
        if (!respondBy.isAfter(today)) {
            throw new InvalidEntry("respondBy", "must be after today (" + today + ")");
        }
        status = FileLifecycle.returnToPolice(status, prosecutorRef != null);
        List<String> stripped = directions.stream().map(String::strip).toList();
        List<Direction> codes = directionCodes != null ? List.copyOf(directionCodes)
                : stripped.stream().map(d -> Direction.OTHER).toList();
        charging = charging.returned(stripped, codes, respondBy);
        return ReturnedForInvestigation.coded(fileNumber, codes, respondBy);
    }

    public ChargeFiled fileInCourt(String courtStation, String courtCode, CourtCaseNumber number, LocalDate filedOn) {
        status = FileLifecycle.fileInCourt(status);
        court = court.filed(courtStation.strip(), courtCode, number.toString(), filedOn);
        return ChargeFiled.coded(fileNumber, courtCode, court.courtCaseNumber(), filedOn, charging.countsCharged());
    }

    /** The plea, once, in court, not before the filing. */
    public PleaRecorded recordPlea(Plea plea, LocalDate recordedOn) {
        FileLifecycle.requirePleaAllowed(status, court.plea());
        InvalidEntry.notBefore("recordedOn", recordedOn, court.chargeFiledOn());
        court = court.pleaded(plea, recordedOn);
        return new PleaRecorded(court.courtCaseNumber(), plea, recordedOn);
    }

    /** A mention or hearing of the case in court; an adjournment sets the next court date. */
    public CourtSittingRecorded recordSitting(CourtSitting sitting) {
        FileLifecycle.requireInCourt(status);
        InvalidEntry.notBefore("sittingDate", sitting.sittingDate(), court.chargeFiledOn());
        court = court.nextSitting(sitting.nextDate());
        return new CourtSittingRecorded(court.courtCaseNumber(), sitting.kind(), sitting.sittingDate(),
                sitting.adjourned(), sitting.adjournmentReason(), sitting.nextDate());
    }

    /**
     * The judgment, after the plea and not before it; a conviction's sentence is checked against
     * the statutory minimum ({@link TrialOutcome#judged}).
     */
    public JudgmentDelivered recordJudgment(JudgmentEntry j) {
        FileStatus next = FileLifecycle.judgment(status, court.plea());
        InvalidEntry.notBefore("deliveredOn", j.deliveredOn(), court.pleaOn());
        TrialOutcome t = trial.judged(j, facts, charging.countsCharged());
        status = next;
        court = court.nextSitting(null);
        trial = t;
        return new JudgmentDelivered(fileNumber, court.courtCaseNumber(), j.deliveredOn(), j.verdict(),
                j.convicted() ? Sentence.of(j.sentence()) : null, j.convicted() ? t.publishedMinimum() : null,
                j.convicted() && t.belowMinimum(), j.ending(), t.convictedOffence(), t.childAgeFound(), t.accusedRef());
    }

    /** The court ended the proceedings without a verdict (the ruling's reference stays here, ADR 0005). */
    public ProceedingsTerminated terminate(CourtEnding ending, LocalDate endedOn, String rulingReference) {
        String ruling = rulingReference == null ? null : rulingReference.strip();
        FileStatus next = FileLifecycle.terminate(status, ending, ruling);
        InvalidEntry.notBefore("endedOn", endedOn, court.chargeFiledOn());
        status = next;
        trial = trial.terminated(ending, endedOn, ruling);
        court = court.nextSitting(null);
        return new ProceedingsTerminated(fileNumber, court.courtCaseNumber(), endedOn, ending, null);
    }

    public AppealFiled fileAppeal(Appellant appellant, String appealCourt, String appealCourtCode, LocalDate filedOn) {
        FileStatus next = FileLifecycle.appealFiled(status);
        InvalidEntry.notBefore("filedOn", filedOn, trial.judgmentOn());
        status = next;
        appeal = Appeal.filed(appellant, appealCourt.strip(), appealCourtCode, filedOn);
        return AppealFiled.coded(court.courtCaseNumber(), appellant, appealCourtCode, filedOn);
    }

    /**
     * The appellate court's decision. A varied sentence (read for the file's ending; null when none
     * was given) is checked against the minimum again; a retrial sends the case back to the trial
     * court for a new plea and a new judgment (the first stay on the timeline).
     */
    public AppealDecided decideAppeal(AppealOutcome outcome, LocalDate decidedOn,
            Function<CourtEnding, ImposedSentence> variedSentence) {
        FileStatus next = FileLifecycle.appealDecided(status, outcome);
        InvalidEntry.notBefore("decidedOn", decidedOn, appeal.filedOn());
        boolean varied = outcome == AppealOutcome.SENTENCE_VARIED;
        if (varied != (variedSentence != null)) {
            throw new InvalidEntry("variedSentence", varied ? "required when the sentence is varied"
                    : "only when the outcome is SENTENCE_VARIED");
        }
        TrialOutcome t = trial;
        ImposedSentence imposed = varied ? variedSentence.apply(trial.ending()) : null;
        if (varied) {
            Integer accusedAge = facts.suspect(trial.accusedRef()).map(CaseFacts.Suspect::ageYears).orElse(null);
            t = t.sentenced(imposed, SentenceCheck.of(t.convictedOffence(), t.childAgeFound(), imposed, accusedAge));
        }
        if (outcome == AppealOutcome.RETRIAL_ORDERED) {
            t = t.retried();
            court = court.withoutPlea();
        }
        status = next;
        trial = t;
        appeal = appeal.decided(outcome, decidedOn);
        return new AppealDecided(court.courtCaseNumber(), outcome, decidedOn, varied ? Sentence.of(imposed) : null);
    }

    /** Withdrawal, nolle prosequi, plea agreement, reconciliation: always refused; the attempt is an event. */
    public ClosureAttemptRefused refuseClosure(ClosureAction action, String attemptedBy) {
        return ProsecutionPolicy.refusal(action, List.of(), attemptedBy).orElseThrow();
    }

    /** The diversion is refused unless every accused was a child at the offence; empty when it is lawful. */
    public Optional<ClosureAttemptRefused> refuseDiversion(String attemptedBy) {
        return ProsecutionPolicy.refusal(ClosureAction.DIVERSION, facts.suspectAges(), attemptedBy);
    }

    /** The diversion of a child accused, lawful only when {@link #refuseDiversion} is empty. */
    public DiversionRecorded divert(LocalDate decidedOn, String programme, LocalDate today) {
        if (refuseDiversion(null).isPresent()) {
            throw new IllegalStateException("a diversion refused by law is recorded as a refused attempt, not a diversion");
        }
        Diversion started = diversion.started(decidedOn, programme, today);
        status = FileLifecycle.divert(status);
        diversion = started;
        court = court.nextSitting(null);
        return new DiversionRecorded(fileNumber, facts.suspectRefs(), decidedOn, null);
    }

    /** How the diversion ended: completed ends the case, failed resumes the prosecution where it stood. */
    public DiversionConcluded concludeDiversion(DiversionOutcome outcome, LocalDate concludedOn, String reason) {
        FileStatus next = FileLifecycle.concludeDiversion(status, outcome, charging.isCharged(),
                court.chargeFiledOn() != null);
        diversion = diversion.concluded(outcome, concludedOn, reason.strip());
        status = next;
        return new DiversionConcluded(fileNumber, outcome, concludedOn, null);
    }

    public String fileNumber() { return fileNumber; }
    public String officeCode() { return officeCode; }
    public int referralNumber() { return referralNumber; }
    public FileStatus status() { return status; }
    public String prosecutorRef() { return prosecutorRef; }
    public ChargingDecision charging() { return charging; }
    public CourtRecord court() { return court; }
    public TrialOutcome trial() { return trial; }
    public Diversion diversion() { return diversion; }
    public Appeal appeal() { return appeal; }
}
