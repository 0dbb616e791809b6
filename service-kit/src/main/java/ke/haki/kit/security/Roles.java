package ke.haki.kit.security;

/** The realm roles of the Keycloak realm {@code haki} (deploy/keycloak/haki-realm.json). */
public final class Roles {
    public static final String POLICE_OFFICER = "police-officer";
    public static final String POLICE_SUPERVISOR = "police-supervisor";
    public static final String PROSECUTOR = "prosecutor";
    public static final String NGEC_MONITOR = "ngec-monitor";
    /** With {@link #NGEC_MONITOR} and no {@code county_code}: every county. The only way to national scope. */
    public static final String NGEC_NATIONAL_MONITOR = "ngec-national-monitor";
    /** Operations on the monitoring service itself (projection rebuild, configuration), not its data. */
    public static final String NGEC_ADMIN = "ngec-admin";
    public static final String AUDITOR = "auditor";
    /** The police stations reference data (code, name, county, ODPP office); no case data. */
    public static final String NPS_ADMIN = "nps-admin";

    private Roles() {}
}
