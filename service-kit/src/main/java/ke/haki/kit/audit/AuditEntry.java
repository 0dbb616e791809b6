package ke.haki.kit.audit;

import java.time.Instant;

/** One row of the audit trail. */
public record AuditEntry(String account, String agency, String clientId, String roles, String method, String path,
        String caseId, AuditOutcome outcome, int httpStatus) {

    /** A row as read back, with its time and id. */
    public record Stored(long id, Instant occurredAt, String account, String agency, String clientId, String roles,
            String method, String path, String caseId, AuditOutcome outcome, int httpStatus) {}
}
