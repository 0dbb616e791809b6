package ke.haki.police.domain;

import ke.haki.contract.law.Offence;
import ke.haki.contract.law.ProhibitedClosure;
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

    public static Decision decide(Offence offence, ClosureRequestReason requested) {
        if (requested.prohibited().isPresent() && offence.isSexualOffencesActOffence()) {
            return new Refused(requested.prohibited().get());
        }
        return requested.lawful().<Decision>map(Allowed::new)
                .orElseGet(() -> new Refused(requested.prohibited().orElseThrow()));
    }
}
