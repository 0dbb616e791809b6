package ke.haki.police.domain;

import ke.haki.law.Offence;
import ke.haki.law.ProhibitedClosure;
import ke.haki.contract.nps.CaseClosedByPolice.PoliceClosureReason;

/**
 * "No withdrawal, no mediation, no informal settlement" for Sexual Offences Act cases
 * (Interior Ministry directive, December 2025; CPC ss.87(a), 176, 204). Decides whether a
 * requested closure is allowed.
 */
public final class ClosurePolicy {

    private ClosurePolicy() {}

    public sealed interface Decision permits Allowed, Refused {}

    public record Allowed(PoliceClosureReason reason) implements Decision {}

    public record Refused(ProhibitedClosure rule) implements Decision {}

    /** Every offence followed here is a Sexual Offences Act offence, so every prohibited reason is refused. */
    public static Decision decide(Offence offence, ClosureRequestReason requested) {
        return requested.prohibited().<Decision>map(Refused::new)
                .orElseGet(() -> new Allowed(requested.lawful().orElseThrow()));
    }
}
