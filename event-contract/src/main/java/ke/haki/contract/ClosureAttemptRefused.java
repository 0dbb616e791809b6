package ke.haki.contract;

import ke.haki.law.ProhibitedClosure;

/**
 * Someone tried to end the case in a way the law forbids (withdrawal, settlement, maslaha...).
 * The attempt was refused and changed nothing; this event makes it visible to the NGEC.
 * {@code attemptedBy} is the account that tried (an officer or an agency system), never the child.
 */
public record ClosureAttemptRefused(
        ProhibitedClosure attemptedAction,
        String ruleId,
        String statute,
        String attemptedBy) implements EventPayload {

    @Override
    public String summary() {
        return "REFUSED attempt: " + attemptedAction + " (" + ruleId + ": " + statute + ")";
    }
}
