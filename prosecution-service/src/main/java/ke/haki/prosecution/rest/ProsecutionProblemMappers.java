package ke.haki.prosecution.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.problem.ProblemMappers;
import ke.haki.prosecution.domain.ProsecutionRuleViolation;

/** A step the file's state does not allow answers 422 with the rule's code. */
public class ProsecutionProblemMappers {

    @ServerExceptionMapper
    public Response ruleViolation(ProsecutionRuleViolation e, UriInfo uri) {
        return new ProblemMappers().problem(
                ProblemException.unprocessable(e.code(), "The file does not allow this", e.getMessage()), uri);
    }
}
