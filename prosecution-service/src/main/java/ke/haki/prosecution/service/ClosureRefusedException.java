package ke.haki.prosecution.service;

import java.util.Map;

import ke.haki.law.ProhibitedClosure;
import ke.haki.kit.problem.ProblemException;

/**
 * A way of ending the prosecution that the law forbids. The transaction that throws it still
 * commits: the file is unchanged, but the refused attempt is recorded and published for the NGEC.
 */
public class ClosureRefusedException extends ProblemException {

    public ClosureRefusedException(ProhibitedClosure rule) {
        super(422, "prohibited-closure", "This way of ending the prosecution is prohibited for a defilement case",
                rule.explanation(), null, Map.of("rule", rule.ruleId(), "statute", rule.statute(),
                        "attemptedAction", rule.name(), "recordedAsComplianceEvent", true));
    }
}
