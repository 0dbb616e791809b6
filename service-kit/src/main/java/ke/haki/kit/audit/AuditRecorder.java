package ke.haki.kit.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes one audit row for every call of the API ({@code /api/...}), allowed or not, once its
 * answer is sent: the account, its agency, client and roles, the method and path, the case the
 * path names, and the outcome. Query strings are not recorded (they may hold search terms).
 */
@ApplicationScoped
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);
    /** Where {@link AuditIdentityCapture} leaves the identity the API saw. */
    static final String IDENTITY_KEY = "haki.audit.identity";
    private static final Pattern CASE_IN_PATH = Pattern.compile("^/api/v1/(?:cases|files|alerts)/([^/]+)");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ExecutorService executor;

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(rc -> {
            rc.addEndHandler(done -> record(rc));
            rc.next();
        });
    }

    private void record(RoutingContext rc) {
        AuditEntry entry = entry(rc);
        executor.execute(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> write(entry));
            } catch (RuntimeException e) {
                LOG.errorf("audit row not written for %s %s: %s", entry.method(), entry.path(), e.getMessage());
            }
        });
    }

    private AuditEntry entry(RoutingContext rc) {
        String account = "anonymous";
        String agency = null;
        String client = null;
        String roles = null;
        SecurityIdentity identity = rc.get(IDENTITY_KEY);
        if (identity == null && rc.user() instanceof QuarkusHttpUser user) {
            identity = user.getSecurityIdentity();
        }
        {
            if (identity != null && !identity.isAnonymous()) {
                account = identity.getPrincipal().getName();
                roles = String.join(",", new java.util.TreeSet<>(identity.getRoles()));
                if (identity.getPrincipal() instanceof JsonWebToken jwt) {
                    account = firstNonNull(jwt.getClaim("preferred_username"), jwt.getClaim("azp"), account);
                    agency = jwt.getClaim("agency");
                    client = jwt.getClaim("azp");
                }
            }
        }
        String path = rc.request().path();
        Matcher m = CASE_IN_PATH.matcher(path);
        String caseId = m.find() ? m.group(1) : null;
        int status = rc.response().getStatusCode();
        return new AuditEntry(account, agency, client, roles, rc.request().method().name(), truncate(path, 500),
                caseId == null ? null : truncate(caseId, 64), AuditOutcome.of(status), status);
    }

    private void write(AuditEntry e) {
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
