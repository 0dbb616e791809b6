package ke.haki.law;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Sexual Offences Act 2006 (Kenya) offences against children that this system follows. Every
 * one of them is a sexual offence: withdrawal, settlement and plea agreements are refused for all
 * of them (see {@link ProhibitedClosure}); the penalties are in {@link StatutoryMinimums}.
 */
public enum Offence {
    /** s.8(1): defilement. Penalty by the child's age band, s.8(2) to (4). */
    DEFILEMENT("s.8(1) Sexual Offences Act", "Defilement", "s.8(1)"),
    /** s.9(1): attempted defilement. Penalty by the child's age band, s.9(2) to (4). */
    ATTEMPTED_DEFILEMENT("s.9(1) Sexual Offences Act", "Attempted defilement", "s.9(1)"),
    /** s.10: gang defilement. */
    GANG_DEFILEMENT("s.10 Sexual Offences Act", "Gang defilement", "s.10"),
    /** s.11(1): indecent act with a child. */
    INDECENT_ACT_WITH_CHILD("s.11(1) Sexual Offences Act", "Indecent act with a child", "s.11(1)"),
    /** s.20(1): incest by a male person with a female relative, here a child. */
    INCEST_WITH_CHILD("s.20(1) Sexual Offences Act", "Incest (the child is a relative)", "s.20(1)");

    private final String section;
    private final String title;
    private final String countPrefix;

    Offence(String section, String title, String countPrefix) {
        this.section = section;
        this.title = title;
        this.countPrefix = countPrefix;
    }

    public String section() {
        return section;
    }

    public String title() {
        return title;
    }

    /**
     * The offence a count of a charge sheet names, read from its statute as this system writes it
     * ({@code s.8(1) as read with s.8(3) Sexual Offences Act} is defilement); empty for a statute
     * outside this catalogue.
     */
    public static Optional<Offence> ofCount(String statute) {
        if (statute == null) {
            return Optional.empty();
        }
        String s = statute.strip();
        return Arrays.stream(values())
                .filter(o -> s.startsWith(o.countPrefix + " ") && s.endsWith("Sexual Offences Act"))
                .findFirst();
    }
}
