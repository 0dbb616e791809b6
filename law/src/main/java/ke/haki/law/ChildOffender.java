package ke.haki.law;

/**
 * A suspect who was under eighteen at the offence is a child in conflict with the law (Children
 * Act 2022, Part XIII; see docs/law.md for what is and is not certain about the sections): the
 * adult minimum terms of the Sexual Offences Act do not bind the court, which deals with the child
 * under the Children Act instead, and diversion is lawful for a child. The case is still followed
 * to an outcome.
 */
public final class ChildOffender {

    public static final String RULE = "Children Act 2022 (children in conflict with the law)";

    private ChildOffender() {}

    /** Whether the accused was a child at the offence; an unknown age is treated as an adult's. */
    public static boolean isChild(Integer ageAtOffence) {
        return ageAtOffence != null && ageAtOffence >= 0 && ageAtOffence < 18;
    }
}
