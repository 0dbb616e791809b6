package ke.haki.law;

/**
 * How a prosecution ends in court. Only a conviction and an acquittal on the merits (after trial,
 * or on no case to answer) decide the case; every other ending is recorded as what it is and is a
 * closure without a court outcome, which the NGEC treats as critical: it is how a withdrawal the
 * APIs refuse can still happen in court.
 */
public enum CourtEnding {
    CONVICTION(true, "Sexual Offences Act 2006", "Convicted"),
    ACQUITTAL_AFTER_TRIAL(true, "Criminal Procedure Code s.215", "Acquitted after trial"),
    ACQUITTAL_NO_CASE_TO_ANSWER(true, "Criminal Procedure Code s.210", "Acquitted: no case to answer"),
    DISCHARGE_AFTER_WITHDRAWAL(false, "Criminal Procedure Code s.87(a)",
            "Discharged after the prosecution withdrew the charge"),
    DISCONTINUANCE_WITH_COURT_PERMISSION(false, "Constitution of Kenya Art. 157(8)",
            "Discontinued with the court's permission"),
    COMPLAINANT_WITHDRAWAL(false, "Criminal Procedure Code s.204",
            "The complainant withdrew and the court acquitted"),
    ABATEMENT(false, "Proceedings abate on the death of the accused", "Abated: the accused died"),
    DISCHARGE_AFTER_CONVICTION(false, "Penal Code s.35",
            "Convicted, then discharged without a sentence under Penal Code s.35");

    private final boolean onTheMerits;
    private final String provision;
    private final String description;

    CourtEnding(boolean onTheMerits, String provision, String description) {
        this.onTheMerits = onTheMerits;
        this.provision = provision;
        this.description = description;
    }

    /** Whether the court decided the charge on its merits (a conviction or an acquittal on the evidence). */
    public boolean onTheMerits() {
        return onTheMerits;
    }

    public String provision() {
        return provision;
    }

    public String description() {
        return description;
    }
}
