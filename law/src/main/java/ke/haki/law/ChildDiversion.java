package ke.haki.law;

import java.util.Collection;
import java.util.Optional;

/**
 * Diversion is lawful for a child in conflict with the law (Children Act 2022, the Part on
 * children in conflict with the law; the section numbers are not verified here, see docs/law.md)
 * and for no one else: for an adult accused of a Sexual Offences Act offence it stays prohibited
 * ({@link ProhibitedClosure#DIVERSION}). A case can be diverted only when every accused was under
 * eighteen at the offence; an accused whose age is unknown counts as an adult.
 */
public final class ChildDiversion {

    /** What a lawful diversion rests on, as the timelines cite it. */
    public static final String STATUTE = ChildOffender.RULE;

    private ChildDiversion() {}

    /**
     * @param accusedAgesAtOffence the age at the offence of every accused diverted (null: unknown)
     * @return the prohibition that refuses the diversion, or empty when it is lawful
     */
    public static Optional<ProhibitedClosure> refusal(Collection<Integer> accusedAgesAtOffence) {
        if (accusedAgesAtOffence.isEmpty() || !accusedAgesAtOffence.stream().allMatch(ChildOffender::isChild)) {
            return Optional.of(ProhibitedClosure.DIVERSION);
        }
        return Optional.empty();
    }
}
