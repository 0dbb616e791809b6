package ke.haki.kit.audit;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** Hands the identity the API layer resolved to the audit recorder, which runs after the answer. */
public class AuditIdentityCapture {

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void capture(RoutingContext rc) {
        rc.put(AuditRecorder.IDENTITY_KEY, identity);
    }
}
