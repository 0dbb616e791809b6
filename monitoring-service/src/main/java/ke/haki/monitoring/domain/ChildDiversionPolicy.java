package ke.haki.monitoring.domain;

import java.util.Collection;
import java.util.Optional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.contract.odpp.DiversionRecorded;
import ke.haki.law.ChildDiversion;

/**
 * A diversion the ODPP recorded is judged again from the monitor's own facts: lawful only when
 * every suspect the police recorded was under eighteen at the offence (Children Act 2022,
 * {@link ChildDiversion}). A lawful child diversion raises nothing (the case is followed as
 * DIVERTED until it ends); one of an adult, or of a suspect whose age the monitor does not know,
 * is a prohibited diversion: PROHIBITED_CLOSURE_ATTEMPT, critical, whatever the producer said.
 */
public final class ChildDiversionPolicy {

    private ChildDiversionPolicy() {}

    /** @param suspectAgesAtOffence the age of every suspect of the case as the police recorded it (null: unknown) */
    public static Optional<AlertDecision> onEvent(CaseEvent event, Collection<Integer> suspectAgesAtOffence) {
        if (!(event.payload() instanceof DiversionRecorded diversion)) {
            return Optional.empty();
        }
        return ChildDiversion.refusal(suspectAgesAtOffence).map(rule -> new AlertDecision(
                AlertType.PROHIBITED_CLOSURE_ATTEMPT, Severity.CRITICAL, "diversion:" + event.eventId(),
                "ODPP (" + event.actingUnit().unitCode() + ") recorded a diversion of " + diversion.accusedRefs()
                        + ", but the monitor's record of the suspects' ages at the offence " + suspectAgesAtOffence
                        + " does not show every accused a child: " + rule.explanation(),
                rule.ruleId() + ": " + rule.statute(), null));
    }
}
