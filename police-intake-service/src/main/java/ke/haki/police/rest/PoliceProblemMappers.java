package ke.haki.police.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import ke.haki.kit.problem.ProblemException;
import ke.haki.police.domain.PoliceRuleViolation;

/** A rule of the case's life that the request breaks answers 422 with the rule's code. */
public class PoliceProblemMappers {

    @ServerExceptionMapper
    public Response ruleViolation(PoliceRuleViolation e, UriInfo uri) {
        return new ke.haki.kit.problem.ProblemMappers().problem(
                ProblemException.unprocessable(e.code(), "The case does not allow this", e.getMessage()), uri);
    }
}
