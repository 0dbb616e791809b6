package ke.haki.contract.law;

/**
 * The Sexual Offences Act 2006 (Kenya) offences against children that this system follows.
 * Every one of them is a sexual offence: withdrawal, settlement, plea agreements and diversion
 * are refused for all of them (see {@link ProhibitedClosure}).
 */
public enum Offence {
    /** s.8(1): defilement. Penalty by the child's age band, s.8(2) to (4). */
    DEFILEMENT("s.8(1) Sexual Offences Act", "Defilement"),
    /** s.9(1): attempted defilement. */
    ATTEMPTED_DEFILEMENT("s.9(1) Sexual Offences Act", "Attempted defilement"),
    /** s.10: gang defilement. */
    GANG_DEFILEMENT("s.10 Sexual Offences Act", "Gang defilement"),
    /** s.11(1): indecent act with a child. */
    INDECENT_ACT_WITH_CHILD("s.11(1) Sexual Offences Act", "Indecent act with a child");

    private final String section;
    private final String title;

    Offence(String section, String title) {
        this.section = section;
        this.title = title;
    }

    public String section() {
        return section;
    }

    public String title() {
        return title;
    }

    /** Every offence here is under the Sexual Offences Act. */
    public boolean isSexualOffencesActOffence() {
        return true;
    }
}
