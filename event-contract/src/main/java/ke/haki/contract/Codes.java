package ke.haki.contract;

/**
 * The coded identifiers that stand on the topics in place of names (contract 1.1, ADR 0005): the
 * words stay in the producing service's database. The patterns admit no spaces, so no free text
 * can travel in a code.
 */
public final class Codes {

    /** A court station's code in the Judiciary's list, e.g. {@code MILIMANI} or {@code KIBERA}. */
    public static final String COURT_CODE = "^[A-Z][A-Z0-9_]{1,19}$";

    /**
     * A health facility's code in the Kenya Master Health Facility List (KMHFL), e.g. {@code 13023}
     * (Kenyatta National Hospital).
     */
    public static final String FACILITY_CODE = "^[0-9]{5,6}$";

    private Codes() {}
}
