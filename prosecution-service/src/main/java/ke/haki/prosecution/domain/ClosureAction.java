package ke.haki.prosecution.domain;

import ke.haki.law.ProhibitedClosure;

/**
 * Ways of ending a prosecution without a court outcome that a prosecutor (or an agency system) might
 * ask for, with the rule that forbids each for a Sexual Offences Act offence.
 */
public enum ClosureAction {
    /** Withdrawal of the charge, Criminal Procedure Code s.87(a). */
    WITHDRAWAL(ProhibitedClosure.WITHDRAWAL),
    /** Nolle prosequi, CPC s.82 (discontinuance only with the court's permission, Art. 157(8)). */
    NOLLE_PROSEQUI(ProhibitedClosure.NOLLE_PROSEQUI),
    /** Plea agreement, CPC s.137N (excludes sexual offences). */
    PLEA_AGREEMENT(ProhibitedClosure.PLEA_AGREEMENT),
    /** Diversion (DPP letter of 15 February 2023). */
    DIVERSION(ProhibitedClosure.DIVERSION),
    /** Reconciliation, CPC s.176. */
    RECONCILIATION(ProhibitedClosure.RECONCILIATION);

    private final ProhibitedClosure rule;

    ClosureAction(ProhibitedClosure rule) {
        this.rule = rule;
    }

    public ProhibitedClosure rule() {
        return rule;
    }
}
