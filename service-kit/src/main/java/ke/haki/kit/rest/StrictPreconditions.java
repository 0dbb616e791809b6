package ke.haki.kit.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import ke.haki.kit.problem.ProblemDetail;

/**
 * RFC 9110/6585 preconditions for a caller that asks for them with {@code Prefer: handling=strict}
 * (RFC 7240): an update (a method that reads {@code If-Match}) without {@code If-Match} answers 428
 * Precondition Required, and a stale one 412 Precondition Failed instead of v1's 409; the answer says
 * {@code Preference-Applied: handling=strict}. Without the preference v1 is unchanged: {@code If-Match}
 * optional, a stale one 409. Version 2 of the API makes strict handling the default
 * (docs/adr/0006-http-preconditions.md).
 */
public class StrictPreconditions {

    static final String PREFER = "Prefer";
    static final String PREFERENCE_APPLIED = "Preference-Applied";
    static final String STRICT = "handling=strict";
    static final String STALE = ProblemDetail.TYPE_PREFIX + "stale-update";
    private static final String STRICT_REQUEST = StrictPreconditions.class.getName();

    @ServerRequestFilter
    public Response require(ContainerRequestContext request, ResourceInfo resource) {
        if (!strict(request.getHeaders().get(PREFER))) {
            return null;
        }
        request.setProperty(STRICT_REQUEST, Boolean.TRUE);
        String ifMatch = request.getHeaderString("If-Match");
        if (readsIfMatch(resource.getResourceMethod()) && (ifMatch == null || ifMatch.isBlank())) {
            return Response.status(428).type(ProblemDetail.MEDIA_TYPE).header(PREFERENCE_APPLIED, STRICT)
                    .entity(new ProblemDetail(ProblemDetail.TYPE_PREFIX + "precondition-required",
                            "Precondition Required", 428,
                            "Send If-Match with the version last read (its ETag): this request changes the resource",
                            request.getUriInfo().getPath(), null, null))
                    .build();
        }
        return null;
    }

    @ServerResponseFilter
    public void answer(ContainerRequestContext request, ContainerResponseContext response) {
        if (!Boolean.TRUE.equals(request.getProperty(STRICT_REQUEST))) {
            return;
        }
        response.getHeaders().putSingle(PREFERENCE_APPLIED, STRICT);
        if (response.getStatus() == 409 && response.getEntity() instanceof ProblemDetail p && STALE.equals(p.type())) {
            response.setStatus(412);
            response.setEntity(new ProblemDetail(p.type(), "Precondition Failed", 412, p.detail(), p.instance(),
                    p.violations(), p.extensions()));
        }
    }

    /** Whether a {@code Prefer} header asks for strict handling (RFC 7240 §4.4; tokens are case-insensitive). */
    static boolean strict(List<String> prefer) {
        if (prefer == null) {
            return false;
        }
        for (String header : prefer) {
            for (String preference : header.split(",")) {
                String token = preference.split(";")[0].strip().replace(" ", "");
                if (token.equalsIgnoreCase(STRICT)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean readsIfMatch(Method method) {
        if (method == null) {
            return false;
        }
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof HeaderParam h && h.value().equalsIgnoreCase("If-Match")) {
                    return true;
                }
            }
        }
        return false;
    }
}
