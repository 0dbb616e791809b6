package ke.haki.kit.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * One audit row for every request to the API ({@code /api/...}) and the dashboard
 * ({@code /dashboard/...}), allowed or not: the account, its agency, client and roles, the method,
 * the normalised path, the case the resource resolved (or the normalised path names) and the
 * outcome. Query strings are not recorded (they may hold search terms).
 *
 * <p>Requests that reach a resource are written by {@link AuditTransactionFilter} before the answer
 * leaves: a change in the request's own transaction, a read synchronously (no row, no data). What
 * never reaches a resource (no token, a role refused, no such route) is written here once the answer
 * is sent, retried with back-off; a row that still cannot be written is logged at ERROR and counted
 * ({@code haki_audit_write_failures_total}), never dropped silently.
 */
@ApplicationScoped
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);
    /** Where {@link AuditIdentityCapture} leaves the identity the API saw. */
    static final String IDENTITY_KEY = "haki.audit.identity";
    /** Set once the row of the request is written. */
    static final String WRITTEN_KEY = "haki.audit.written";
    private static final String PATH_KEY = "haki.audit.path";
    private static final Duration[] BACK_OFF = { Duration.ofMillis(50), Duration.ofMillis(250), Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofSeconds(15) };
    /** Attempts made while the caller waits (reads): the rest would hold the answer too long. */
    private static final int SYNCHRONOUS_ATTEMPTS = 3;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ExecutorService executor;

    private Counter failures;

    @Inject
    void metrics(MeterRegistry registry) {
        failures = Counter.builder("haki.audit.write.failures")
                .description("Audit rows that could not be written after every retry (each is logged at ERROR)")
                .register(registry);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(rc -> {
            String path = AuditPaths.normalise(rc.request().path());
            if (AuditPaths.audited(path)) {
                rc.put(PATH_KEY, path);
                rc.addEndHandler(done -> {
                    if (!written(rc)) {
                        AuditEntry entry = entry(rc, rc.response().getStatusCode());
                        executor.execute(() -> writeWithRetries(entry, BACK_OFF.length + 1));
                    }
                });
            }
            rc.next();
        });
    }

    /** Whether this request is audited (set by the route above). */
    static boolean audited(RoutingContext rc) {
        return rc != null && rc.get(PATH_KEY) != null;
    }

    static boolean written(RoutingContext rc) {
        return Boolean.TRUE.equals(rc.get(WRITTEN_KEY));
    }

    static void markWritten(RoutingContext rc) {
        rc.put(WRITTEN_KEY, Boolean.TRUE);
    }

    AuditEntry entry(RoutingContext rc, int status) {
        String account = "anonymous";
        String agency = null;
        String client = null;
        String roles = null;
        SecurityIdentity identity = rc.get(IDENTITY_KEY);
        if (identity == null && rc.user() instanceof QuarkusHttpUser user) {
            identity = user.getSecurityIdentity();
        }
        if (identity != null && !identity.isAnonymous()) {
            account = identity.getPrincipal().getName();
            roles = String.join(",", new TreeSet<>(identity.getRoles()));
            if (identity.getPrincipal() instanceof JsonWebToken jwt) {
                account = firstNonNull(jwt.getClaim("preferred_username"), jwt.getClaim("azp"), account);
                agency = jwt.getClaim("agency");
                client = jwt.getClaim("azp");
            }
        }
        String path = rc.get(PATH_KEY);
        if (path == null) {
            path = AuditPaths.normalise(rc.request().path());
        }
        String resolved = rc.get(AuditContext.CASE_KEY);
        String caseId = resolved != null ? resolved : AuditPaths.caseIdIn(path).orElse(null);
        AuditOutcome outcome = Boolean.TRUE.equals(rc.get(AuditContext.OUT_OF_SCOPE_KEY)) ? AuditOutcome.DENIED
                : AuditOutcome.of(status);
        return new AuditEntry(truncate(account, 200), agency, client, roles, rc.request().method().name(), truncate(path, 500),
                caseId == null ? null : truncate(caseId, 64), outcome, status);
    }

    /** Writes the row in a transaction of its own, retrying while the caller waits; false when it could not. */
    boolean writeNow(AuditEntry entry) {
        return writeWithRetries(entry, SYNCHRONOUS_ATTEMPTS);
    }

    /** Writes the row in the caller's transaction: it commits or rolls back with the change it records. */
    void writeInCurrentTransaction(AuditEntry entry) {
        insert(entry);
    }

    private boolean writeWithRetries(AuditEntry entry, int attempts) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> insert(entry));
                return true;
            } catch (RuntimeException e) {
                last = e;
                if (attempt + 1 < attempts) {
                    pause(BACK_OFF[Math.min(attempt, BACK_OFF.length - 1)]);
                }
            }
        }
        failures.increment();
        LOG.errorf("audit row not written after %d attempts: account=%s %s %s case=%s outcome=%s status=%d: %s", attempts,
                entry.account(), entry.method(), entry.path(), entry.caseId(), entry.outcome(), entry.httpStatus(),
                last == null ? "" : last.getMessage());
        return false;
    }

    private void insert(AuditEntry e) {
        em.createNativeQuery("""
                insert into audit_event (occurred_at, account, agency, client_id, roles, method, path, case_id, outcome, http_status)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(2, e.account())
                .setParameter(3, e.agency())
                .setParameter(4, e.clientId())
                .setParameter(5, e.roles())
                .setParameter(6, e.method())
                .setParameter(7, e.path())
                .setParameter(8, e.caseId())
                .setParameter(9, e.outcome().name())
                .setParameter(10, e.httpStatus())
                .executeUpdate();
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstNonNull(Object a, Object b, String fallback) {
        if (a != null) {
            return a.toString();
        }
        return b != null ? b.toString() : fallback;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
