package ke.haki.kit.security;

/** The realm roles of the Keycloak realm {@code haki} (deploy/keycloak/haki-realm.json). */
public final class Roles {
    public static final String POLICE_OFFICER = "police-officer";
    public static final String POLICE_SUPERVISOR = "police-supervisor";
    public static final String PROSECUTOR = "prosecutor";
    public static final String NGEC_MONITOR = "ngec-monitor";
    public static final String AUDITOR = "auditor";

    private Roles() {}
}
