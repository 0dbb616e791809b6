package ke.haki.kit.audit;

/** How a request ended, for the audit trail. */
public enum AuditOutcome {
    /** Served (2xx, 3xx). */
    ALLOWED,
    /** Refused by security: no valid token (401) or not permitted (403), or out of scope (404 on a case). */
    DENIED,
    /** Refused as invalid or against a rule (other 4xx). */
    REJECTED,
    /** The service failed (5xx). */
    FAILED;

    public static AuditOutcome of(int status) {
        if (status == 401 || status == 403) {
            return DENIED;
        }
        if (status >= 500) {
            return FAILED;
        }
        if (status >= 400) {
            return REJECTED;
        }
        return ALLOWED;
    }
}
