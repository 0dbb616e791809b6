package ke.haki.police.service;

import java.util.Map;

import ke.haki.law.ProhibitedClosure;
import ke.haki.kit.problem.ProblemException;

/**
 * A closure the law forbids. The transaction that throws it still commits: the case is unchanged,
 * but the refused attempt is recorded and published for the NGEC.
 */
public class ClosureRefusedException extends ProblemException {

    public ClosureRefusedException(ProhibitedClosure rule) {
        super(422, "prohibited-closure", "This closure is prohibited for a defilement case",
                rule.explanation(), null, Map.of("rule", rule.ruleId(), "statute", rule.statute(),
                        "attemptedAction", rule.name(), "recordedAsComplianceEvent", true));
    }
}
