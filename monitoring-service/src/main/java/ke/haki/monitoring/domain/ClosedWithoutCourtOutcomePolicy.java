package ke.haki.monitoring.domain;

import java.util.Optional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.odpp.ChargeDeclined;

/**
 * CLOSED_WITHOUT_COURT_OUTCOME: any end of a case other than a judgment. Even a closure the law
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
        return Optional.empty();
    }
}
