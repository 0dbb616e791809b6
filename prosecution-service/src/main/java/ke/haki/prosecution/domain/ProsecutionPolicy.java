package ke.haki.prosecution.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.law.ChildDiversion;
import ke.haki.law.ProhibitedClosure;

/**
 * "Every defilement case goes through full prosecution" (Interior Ministry directive, December 2025;
 * DPP letter of 15 February 2023 on plea bargains and diversion; CPC ss.82, 87(a), 137N, 176).
 * Decides whether a requested way of ending the prosecution without a court outcome is allowed:
 * none is, except the diversion of a child accused (Children Act 2022, {@link ChildDiversion}).
 * Only the {@link ProsecutionFile} aggregate applies it.
 */
final class ProsecutionPolicy {

    private ProsecutionPolicy() {}

    public sealed interface Decision permits Refused, ChildDiversionAllowed {}

    /** Forbidden by law for this offence: the rule names the statute. */
    public record Refused(ProhibitedClosure rule) implements Decision {}

    /** Every accused was a child at the offence: the diversion is lawful and is recorded. */
    public record ChildDiversionAllowed() implements Decision {}

    /** Without the accused's ages (an unknown age is an adult's), each action is refused. */
    public static Decision decide(ClosureAction action) {
        return decide(action, List.of());
    }

    /**
     * Every offence followed here is a Sexual Offences Act offence: each action is refused, except a
     * diversion when every accused was under eighteen at the offence.
     */
    public static Decision decide(ClosureAction action, Collection<Integer> accusedAgesAtOffence) {
        if (action == ClosureAction.DIVERSION) {
            return ChildDiversion.refusal(accusedAgesAtOffence).<Decision>map(Refused::new)
                    .orElseGet(ChildDiversionAllowed::new);
        }
        return new Refused(action.rule());
    }

    /** The refused attempt, as the compliance event the NGEC follows; empty when the action is lawful. */
    public static Optional<ClosureAttemptRefused> refusal(ClosureAction action, Collection<Integer> accusedAgesAtOffence,
            String attemptedBy) {
        return decide(action, accusedAgesAtOffence) instanceof Refused r ? Optional.of(new ClosureAttemptRefused(r.rule(),
                r.rule().ruleId(), r.rule().statute(), attemptedBy)) : Optional.empty();
    }
}
