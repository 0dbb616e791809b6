package ke.haki.prosecution.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.problem.ProblemMappers;
import ke.haki.prosecution.domain.InvalidEntry;

/** A value that does not fit the file is invalid input like any other: 400 problem+json naming the field. */
public class InvalidEntryMapper {

    @ServerExceptionMapper
    public Response invalidEntry(InvalidEntry e, UriInfo uri) {
        return new ProblemMappers().problem(ProblemException.invalid(e.field(), e.getMessage()), uri);
    }
}
