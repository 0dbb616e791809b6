package ke.haki.prosecution.domain;

import ke.haki.law.Offence;
import ke.haki.law.ProhibitedClosure;

/**
 * "Every defilement case goes through full prosecution" (Interior Ministry directive, December 2025;
 * DPP letter of 15 February 2023 on plea bargains and diversion; CPC ss.82, 87(a), 137N, 176).
 * Decides whether a requested way of ending the prosecution without a court outcome is allowed.
 */
public final class ProsecutionPolicy {

    private ProsecutionPolicy() {}

    public sealed interface Decision permits Refused {}

    /** Forbidden by law for this offence: the rule names the statute. */
    public record Refused(ProhibitedClosure rule) implements Decision {}

    /** Every offence followed here is a Sexual Offences Act offence: each such action is refused. */
    public static Decision decide(Offence offence, ClosureAction action) {
        return new Refused(action.rule());
    }
}
