package ke.haki.kit.logging;

import org.jboss.logging.MDC;

/**
 * The case being handled, as {@code caseId} in the log context (MDC), so every line logged while
 * a request or an event of that case is processed names it. Only the cross-agency case id goes
 * here, never anything that identifies the child.
 */
public final class CaseLogContext implements AutoCloseable {

    public static final String CASE_ID = "caseId";

    private final Object previous;

    private CaseLogContext(Object previous) {
        this.previous = previous;
    }

    /** Sets the case id (a null id changes nothing); closing restores what was there before. */
    public static CaseLogContext enter(String caseId) {
        Object previous = MDC.get(CASE_ID);
        if (caseId != null && !caseId.isBlank()) {
            MDC.put(CASE_ID, caseId);
        }
        return new CaseLogContext(previous);
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(CASE_ID);
        } else {
            MDC.put(CASE_ID, previous);
        }
    }
}
