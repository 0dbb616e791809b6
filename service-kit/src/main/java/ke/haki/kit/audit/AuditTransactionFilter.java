package ke.haki.kit.audit;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import ke.haki.kit.problem.ProblemException;

/**
 * Writes the audit row of every request a resource answers, before the answer leaves. A change
 * (POST, PUT, PATCH, DELETE) runs in one transaction begun here, which the services' own
 * {@code @Transactional} methods join; the row is inserted into it and committed with the change,
 * so a change is never committed without its row (and a rolled-back change leaves a row of the
 * refusal in a transaction of its own). A read writes its row synchronously first: when the row
 * cannot be written the answer is 503, so nobody reads a child's file unrecorded.
 */
public class AuditTransactionFilter {

    private static final Logger LOG = Logger.getLogger(AuditTransactionFilter.class);
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String TRANSACTION_KEY = "haki.audit.transaction";

    @Inject
    AuditRecorder recorder;

    @Inject
    TransactionManager tm;

    @Inject
    CurrentVertxRequest current;

    /** Long enough for the slowest change (a projection rebuild runs in transactions of its own). */
    @ConfigProperty(name = "haki.audit.request-transaction-timeout", defaultValue = "3600")
    int timeoutSeconds;

    @ServerRequestFilter
    public void begin(ContainerRequestContext request) throws Exception {
        RoutingContext rc = current.getCurrent();
        if (!AuditRecorder.audited(rc) || !CHANGES.contains(request.getMethod()) || !BlockingOperationControl.isBlockingAllowed()) {
            return;
        }
        if (tm.getTransaction() != null) {
            LOG.warn("a transaction was left on this worker thread by an earlier request: rolled back");
            tm.rollback();
        }
        tm.setTransactionTimeout(timeoutSeconds);
        try {
            tm.begin();
        } finally {
            tm.setTransactionTimeout(0);
        }
        request.setProperty(TRANSACTION_KEY, tm.getTransaction());
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) throws SystemException {
        RoutingContext rc = current.getCurrent();
        if (!AuditRecorder.audited(rc) || AuditRecorder.written(rc) || !BlockingOperationControl.isBlockingAllowed()) {
            return;
        }
        Transaction ours = (Transaction) request.getProperty(TRANSACTION_KEY);
        if (ours != null && ours.equals(tm.getTransaction())) {
            if (tm.getStatus() == Status.STATUS_ACTIVE) {
                try {
                    recorder.writeInCurrentTransaction(recorder.entry(rc, response.getStatus()));
                    tm.commit();
                    AuditRecorder.markWritten(rc);
                    return;
                } catch (Exception e) {
                    rollback();
                    ProblemException problem = stale(e)
                            ? ProblemException.conflict("stale-version", "The case changed since you read it; read it again")
                            : new ProblemException(500, "not-committed", "Not saved", "The change could not be saved", null, null);
                    LOG.errorf("change not committed (%s %s): %s", request.getMethod(), rc.get("haki.audit.path"), e.toString());
                    answer(response, problem, rc);
                }
            } else {
                rollback();
            }
        }
        if (recorder.writeNow(recorder.entry(rc, response.getStatus()))) {
            AuditRecorder.markWritten(rc);
        } else {
            answer(response, new ProblemException(503, "audit-unavailable", "Try again later",
                    "The audit trail cannot be written, so nothing is answered", null, null), rc);
        }
    }

    private void rollback() {
        try {
            if (tm.getTransaction() != null) {
                tm.rollback();
            }
        } catch (Exception e) {
            LOG.warnf("rollback failed: %s", e.toString());
        }
    }

    private static void answer(ContainerResponseContext response, ProblemException problem, RoutingContext rc) {
        response.setStatus(problem.status());
        response.setEntity(problem.toDetail(rc.request().path()), null, MediaType.valueOf(ke.haki.kit.problem.ProblemDetail.MEDIA_TYPE));
        response.getHeaders().remove("ETag");
        response.getHeaders().remove("Location");
    }

    private static boolean stale(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleObjectStateException) {
                return true;
            }
        }
        return false;
    }
}
