package ke.haki.prosecution.domain;

import ke.haki.contract.law.Offence;
import ke.haki.contract.law.ProhibitedClosure;

/**
 * "Every defilement case goes through full prosecution" (Interior Ministry directive, December 2025;
 * DPP letter of 15 February 2023 on plea bargains and diversion; CPC ss.82, 87(a), 137N, 176).
 * Decides whether a requested way of ending the prosecution without a court outcome is allowed.
 */
public final class ProsecutionPolicy {

    private ProsecutionPolicy() {}

    public sealed interface Decision permits Refused, NotProvided {}

    /** Forbidden by law for this offence: the rule names the statute. */
    public record Refused(ProhibitedClosure rule) implements Decision {}

    /** Not forbidden, but this system records no such ending: it must come from the court. */
    public record NotProvided(ClosureAction action) implements Decision {}

    public static Decision decide(Offence offence, ClosureAction action) {
        if (offence.isSexualOffencesActOffence()) {
            return new Refused(action.rule());
        }
        return new NotProvided(action);
    }
}
