package ke.haki.monitoring.domain;

import java.time.Instant;
import java.util.Optional;

import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;

/**
 * CASE_QUIET: no progress on a case for longer than its stage allows. The limits are
 * configuration ({@link QuietLimits}); the breach is identified by the stage and the time of the
 * last progress, so one quiet spell is one alert, and the next event starts a new spell.
 */
public final class QuietCasePolicy {

    public static final String RULE = "Interior Ministry directive of December 2025 (full prosecution of every "
            + "defilement case); NGEC per-stage time limits";

    private final QuietLimits limits;

    public QuietCasePolicy(QuietLimits limits) {
        this.limits = limits;
    }

    /** When the case goes quiet if nothing happens, or empty if its stage has no limit. */
    public Optional<Instant> dueAt(Stage stage, Instant lastProgressAt) {
        if (stage == null || lastProgressAt == null) {
            return Optional.empty();
        }
        return limits.limitFor(stage).map(lastProgressAt::plus);
    }

    public Optional<AlertDecision> evaluate(Stage stage, Instant lastProgressAt, Instant now) {
        Optional<Instant> due = dueAt(stage, lastProgressAt);
        if (due.isEmpty() || now.isBefore(due.get())) {
            return Optional.empty();
        }
        long days = limits.limitFor(stage).orElseThrow().toDays();
        return Optional.of(new AlertDecision(AlertType.CASE_QUIET, Severity.MEDIUM, breachKey(stage, lastProgressAt),
                "No progress for more than " + days + " days in stage " + stage + " (last progress "
                        + lastProgressAt + ")",
                RULE, due.get()));
    }

    public static String breachKey(Stage stage, Instant lastProgressAt) {
        return "quiet:" + stage + ":" + lastProgressAt;
    }
}
