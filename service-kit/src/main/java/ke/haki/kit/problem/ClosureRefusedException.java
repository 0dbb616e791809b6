package ke.haki.kit.problem;

import java.util.Map;

import ke.haki.law.ProhibitedClosure;

/**
 * A way of ending a defilement case that the law forbids ({@link ProhibitedClosure}), answered as
 * 422 {@code prohibited-closure} with the rule and the statute. The transaction that throws it
 * still commits (its methods are {@code @Transactional(dontRollbackOn = ClosureRefusedException.class)}):
 * the case or file is unchanged, but the refused attempt is recorded and published for the NGEC.
 */
public class ClosureRefusedException extends ProblemException {

    /** {@code attempted}: what was attempted, in the title ("This closure is prohibited ..."). */
    public ClosureRefusedException(ProhibitedClosure rule, String attempted) {
        super(422, "prohibited-closure", "This " + attempted + " is prohibited for a defilement case",
                rule.explanation(), null, Map.of("rule", rule.ruleId(), "statute", rule.statute(),
                        "attemptedAction", rule.name(), "recordedAsComplianceEvent", true));
    }
}
