package ke.haki.law;

/** Medical evidence forms. */
public enum MedicalForm {
    /** Post-rape care form (Ministry of Health), filled at the facility first. */
    PRC,
    /** Police medical examination report; part II filled by a medical officer. */
    P3
}
