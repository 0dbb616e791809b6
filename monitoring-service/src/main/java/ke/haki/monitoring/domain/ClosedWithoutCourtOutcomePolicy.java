package ke.haki.monitoring.domain;

import java.util.Optional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.ProceedingsTerminated;

/**
 * CLOSED_WITHOUT_COURT_OUTCOME: any end of a case other than a judgment on the merits. A court ending
 * that is not one (a discharge under CPC s.87(a) after a withdrawal, a discontinuance under Art.
 * 157(8), a s.204 withdrawal, abatement, a Penal Code s.35 discharge) is critical: it is how a
 * refused withdrawal can still happen in court. Even a closure the law
 * allows (suspect deceased, no offence disclosed) is followed up: the directive requires full
 * prosecution, and discontinuance needs the court's permission (Constitution Art. 157(8)).
 */
public final class ClosedWithoutCourtOutcomePolicy {

    public static final String RULE = "Interior Ministry directive of December 2025; Constitution Art. 157(8)";

    private ClosedWithoutCourtOutcomePolicy() {}

    public static Optional<AlertDecision> onEvent(CaseEvent event) {
        if (event.payload() instanceof CaseClosedByPolice closed) {
            return Optional.of(new AlertDecision(AlertType.CLOSED_WITHOUT_COURT_OUTCOME, Severity.HIGH,
                    "closed:" + event.eventId(),
                    "Police closed the file (" + closed.reason() + ") without a court outcome",
                    RULE, null));
        }
        if (event.payload() instanceof ChargeDeclined declined) {
            return Optional.of(new AlertDecision(AlertType.CLOSED_WITHOUT_COURT_OUTCOME, Severity.HIGH,
                    "closed:" + event.eventId(),
                    "ODPP declined to charge (" + declined.reason() + "; evidential test met: "
                            + declined.evidentialTestMet() + ", public interest test met: "
                            + declined.publicInterestTestMet() + ")",
                    RULE + "; ODPP Decision to Charge Guidelines 2019", null));
        }
        if (event.payload() instanceof ProceedingsTerminated t) {
            return Optional.of(new AlertDecision(AlertType.CLOSED_WITHOUT_COURT_OUTCOME, Severity.CRITICAL,
                    "closed:" + event.eventId(),
                    // the ruling's reference is free text: never copied onto the NGEC topic (ADR 0005)
                    "The court ended the case without a decision on the merits: " + t.ending().description()
                            + (t.courtCaseNumber() == null ? "" : " in " + t.courtCaseNumber()),
                    t.ending().provision() + "; " + RULE, null));
        }
        if (event.payload() instanceof JudgmentDelivered j && !onTheMerits(j)) {
            String what = j.ending() != null ? j.ending().description() : "Discharged by the court";
            String provision = j.ending() != null ? j.ending().provision() : "Criminal Procedure Code s.87(a) or s.204";
            return Optional.of(new AlertDecision(AlertType.CLOSED_WITHOUT_COURT_OUTCOME, Severity.CRITICAL,
                    "closed:" + event.eventId(), what + ": not a decision on the merits", provision + "; " + RULE, null));
        }
        return Optional.empty();
    }

    /** A judgment decides the case unless it is a discharge (a v1.0 DISCHARGED verdict, or a Penal Code s.35 discharge). */
    static boolean onTheMerits(JudgmentDelivered j) {
        if (j.verdict() == JudgmentDelivered.Verdict.DISCHARGED) {
            return false;
        }
        return j.ending() == null || j.ending().onTheMerits();
    }
}
