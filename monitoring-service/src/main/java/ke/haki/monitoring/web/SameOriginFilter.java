package ke.haki.monitoring.web;

import java.net.URI;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Cross-site request forgery protection of the dashboard's POST forms. The session cookie of the
 * browser tenant is SameSite=Lax (quarkus-oidc's default), so other sites' forms do not carry it;
 * on top of that, every dashboard POST must come from a page of this very origin: the browser's
 * {@code Sec-Fetch-Site} must say {@code same-origin}, or, from a client without it, the Origin
 * header (or else the Referer) must name the host the request was sent to. The pages set
 * {@code <meta name="referrer" content="same-origin">} so that browsers send a real Origin despite
 * the service-wide {@code Referrer-Policy: no-referrer}.
 */
public class SameOriginFilter {

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/dashboard")) {
            return null;
        }
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.isBlank()) {
            // set by the browser itself, never by a page's script: the surest signal where it exists
            return "same-origin".equals(fetchSite.trim()) ? null : refused();
        }
        String host = request.getHeaderString(HttpHeaders.HOST);
        String source = request.getHeaderString("Origin");
        if (source == null || source.isBlank() || "null".equals(source)) {
            source = request.getHeaderString("Referer");
        }
        if (host != null && source != null && sameHost(source, host)) {
            return null;
        }
        return refused();
    }

    private static Response refused() {
        return Response.status(Response.Status.FORBIDDEN).type("text/plain")
                .entity("Cross-site form submission refused: send the form from the dashboard itself").build();
    }

    private static boolean sameHost(String source, String host) {
        try {
            URI uri = URI.create(source.trim());
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
