package ke.haki.monitoring.domain;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.EventPayload;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectReleased;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.AppealFiled;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeDecisionReviewed;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;

/** One line per event for the NGEC timeline: what happened, never who the child is. */
public final class TimelineSummary {

    private TimelineSummary() {}

    public static String of(CaseEvent event) {
        String text = describe(event.payload());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    private static String describe(EventPayload p) {
        if (p instanceof CaseReported r) {
            return r.offence().title() + " reported at " + r.stationCode() + " (" + r.obNumber() + ")";
        }
        if (p instanceof VictimRecorded v) {
            return "Victim recorded: " + v.victimPseudonym() + ", " + v.ageBand() + ", age known by " + v.ageBasis();
        }
        if (p instanceof SuspectRecorded s) {
            return "Suspect " + s.suspectRef() + " recorded: " + s.relationshipToVictim();
        }
        if (p instanceof SuspectArrested a) {
            return "Suspect " + a.suspectRef() + " arrested; arraignment due by " + a.arraignmentDueBy();
        }
        if (p instanceof SuspectArraigned a) {
            return "Suspect " + a.suspectRef() + " arraigned at " + a.court()
                    + (a.withinTwentyFourHours() ? " within 24 hours" : " after more than 24 hours");
        }
        if (p instanceof SuspectReleased r) {
            return "Suspect " + r.suspectRef() + " released on " + r.terms() + " at " + r.releasedAt();
        }
        if (p instanceof ProceedingsTerminated t) {
            return "Ended without a verdict: " + t.ending().description() + " (" + t.ending().provision() + ")";
        }
        if (p instanceof MedicalEvidenceRecorded m) {
            return "Medical evidence recorded: " + m.form() + " examined on " + m.examinedOn();
        }
        if (p instanceof InvestigationUpdated i) {
            return "Investigation: " + i.step();
        }
        if (p instanceof CaseReferred r) {
            return "Referred to " + r.odppOfficeCode() + " (referral " + r.referralNumber() + ", " + r.offence().title() + ")";
        }
        if (p instanceof CaseResubmitted r) {
            return "Re-submitted to " + r.odppOfficeCode() + " (referral " + r.referralNumber() + ", "
                    + r.directionsAnswered() + " directions answered)";
        }
        if (p instanceof CaseClosedByPolice c) {
            return "Police closed the file: " + c.reason();
        }
        if (p instanceof ClosureAttemptRefused a) {
            return "Refused attempt: " + a.attemptedAction() + " (" + a.ruleId() + ")";
        }
        if (p instanceof ReferralReceived r) {
            return "ODPP received referral " + r.referralNumber() + " at " + r.officeCode() + ", file " + r.odppFileNumber();
        }
        if (p instanceof ProsecutorAssigned a) {
            return "Prosecutor assigned to file " + a.odppFileNumber();
        }
        if (p instanceof ReturnedForInvestigation r) {
            return "Returned to police with " + r.directionCount() + " direction(s), respond by " + r.respondBy();
        }
        if (p instanceof ChargeApproved c) {
            return "Charge approved: " + c.counts().size() + " count(s)";
        }
        if (p instanceof ChargeDecisionReviewed r) {
            return "Decision not to charge reviewed (" + r.ground() + "): under review again";
        }
        if (p instanceof ChargeDeclined d) {
            return "Charge declined: " + d.reason();
        }
        if (p instanceof ChargeFiled f) {
            return "Charge filed at " + f.court() + ": " + f.courtCaseNumber();
        }
        if (p instanceof PleaRecorded pl) {
            return "Plea: " + pl.plea();
        }
        if (p instanceof CourtSittingRecorded s) {
            return s.kind() + " on " + s.sittingDate()
                    + (s.adjourned() ? ", adjourned (" + s.adjournmentReason() + ") to " + s.nextDate() : "");
        }
        if (p instanceof JudgmentDelivered j) {
            String sentence = j.sentence() == null ? "" : ", " + j.sentence().imposed().describe();
            return "Judgment: " + j.verdict() + (j.ending() == null ? "" : " (" + j.ending().description() + ")") + sentence;
        }
        if (p instanceof AppealFiled a) {
            return "Appeal filed by " + a.appellant() + " at " + a.court();
        }
        if (p instanceof AppealDecided d) {
            return "Appeal decided: " + d.outcome()
                    + (d.variedSentence() == null ? "" : ", new sentence " + d.variedSentence().imposed().describe());
        }
        return p.getClass().getSimpleName();
    }
}
