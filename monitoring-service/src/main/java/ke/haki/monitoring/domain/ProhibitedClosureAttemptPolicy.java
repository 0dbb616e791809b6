package ke.haki.monitoring.domain;

import java.util.Optional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;

/** PROHIBITED_CLOSURE_ATTEMPT: every refused withdrawal, settlement, plea deal or diversion, from either agency. */
public final class ProhibitedClosureAttemptPolicy {

    private ProhibitedClosureAttemptPolicy() {}

    public static Optional<AlertDecision> onEvent(CaseEvent event) {
        if (event.payload() instanceof ClosureAttemptRefused refused) {
            return Optional.of(new AlertDecision(AlertType.PROHIBITED_CLOSURE_ATTEMPT, Severity.CRITICAL,
                    "attempt:" + event.eventId(),
                    event.actingUnit().agency() + " (" + event.actingUnit().unitCode() + ") refused an attempted "
                            + refused.attemptedAction() + ": " + refused.attemptedAction().explanation(),
                    refused.ruleId() + ": " + refused.statute(), null));
        }
        return Optional.empty();
    }
}
