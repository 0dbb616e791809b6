package ke.haki.law;

/** How the child's age at the offence is known. */
public enum AgeBasis {
    /** From a birth certificate or other record of the birth date. */
    BIRTH_DATE,
    /** Declared by the child or guardian, no record. */
    DECLARED,
    /** Apparent age set by a medical officer where the true age is unknown (Children Act 2022). */
    MEDICAL_ASSESSMENT
}
