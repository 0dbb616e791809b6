package ke.haki.law;

/**
 * Ways of ending a Sexual Offences Act case that the law or the December 2025 directive forbid.
 * Each names the rule the refusal cites, so an agency user and the NGEC monitor both see why.
 */
public enum ProhibitedClosure {
    WITHDRAWAL(
            "SOA_NO_WITHDRAWAL",
            "Criminal Procedure Code s.87(a); Interior Ministry directive of December 2025",
            "A Sexual Offences Act case may not be withdrawn: it must go through full prosecution."),
    COMPLAINANT_WITHDRAWAL(
            "SOA_NO_COMPLAINANT_WITHDRAWAL",
            "Criminal Procedure Code s.204; Interior Ministry directive of December 2025",
            "A complainant's withdrawal does not end a Sexual Offences Act case."),
    NOLLE_PROSEQUI(
            "SOA_NO_NOLLE_PROSEQUI",
            "Criminal Procedure Code s.82; Constitution Art. 157(8); Interior Ministry directive of December 2025",
            "A nolle prosequi may not end a Sexual Offences Act case; discontinuance needs the court's permission."),
    RECONCILIATION(
            "SOA_NO_RECONCILIATION",
            "Criminal Procedure Code s.176; Interior Ministry directive of December 2025",
            "Reconciliation is not available for a Sexual Offences Act case."),
    MEDIATION(
            "SOA_NO_MEDIATION",
            "Interior Ministry directive of December 2025",
            "Mediation is not available for a defilement case."),
    INFORMAL_SETTLEMENT(
            "SOA_NO_INFORMAL_SETTLEMENT",
            "Interior Ministry directive of December 2025",
            "An informal settlement between families does not end a defilement case."),
    MASLAHA(
            "SOA_NO_MASLAHA",
            "Interior Ministry directive of December 2025",
            "A traditional (maslaha) settlement does not end a defilement case."),
    PLEA_AGREEMENT(
            "SOA_NO_PLEA_AGREEMENT",
            "Criminal Procedure Code s.137N; DPP letter of 15 February 2023",
            "Plea agreements are excluded for Sexual Offences Act offences."),
    DIVERSION(
            "SOA_NO_DIVERSION",
            "DPP letter of 15 February 2023; Interior Ministry directive of December 2025",
            "Diversion is not available to an adult accused of a Sexual Offences Act offence; it is for a child accused only.");

    private final String ruleId;
    private final String statute;
    private final String explanation;

    ProhibitedClosure(String ruleId, String statute, String explanation) {
        this.ruleId = ruleId;
        this.statute = statute;
        this.explanation = explanation;
    }

    public String ruleId() {
        return ruleId;
    }

    public String statute() {
        return statute;
    }

    public String explanation() {
        return explanation;
    }
}
