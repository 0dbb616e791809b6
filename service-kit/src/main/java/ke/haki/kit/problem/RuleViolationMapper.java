package ke.haki.kit.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import ke.haki.law.RuleViolation;

/**
 * One answer for every refused step, in every service: 422 problem+json whose type is the rule's
 * code, with {@code rule} and, for a legal rule, {@code statute}.
 */
public class RuleViolationMapper {

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("rule", e.code());
        if (e.statute() != null) {
            extensions.put("statute", e.statute());
        }
        return new ProblemMappers().problem(new ProblemException(422, e.code(), "The case's rules do not allow this",
                e.getMessage(), null, extensions), uri);
    }
}
