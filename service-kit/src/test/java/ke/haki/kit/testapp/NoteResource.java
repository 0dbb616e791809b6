package ke.haki.kit.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import ke.haki.kit.audit.AuditContext;
import ke.haki.kit.idempotency.IdempotentRequests;
import ke.haki.kit.security.Caller;
import ke.haki.kit.security.Roles;

/** The test application's API: creating (with Idempotency-Key), reading, appending events, a refusal. */
@Path("/api/v1/cases")
@RolesAllowed(Roles.POLICE_OFFICER)
public class NoteResource {

    static final String BASE = "/api/v1/cases/";

    @Inject
    Notes notes;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    Caller caller;

    @Inject
    AuditContext audit;

    public record NoteRequest(String text) {}

    @POST
    public Response create(NoteRequest request, @HeaderParam(IdempotentRequests.HEADER) String key) {
        IdempotentRequests.Outcome<Notes.NoteView> outcome = idempotent.create(caller.account(), key, request,
                () -> {
                    String caseId = notes.create(request.text());
                    return new IdempotentRequests.Created<>(notes.find(caseId), BASE + caseId);
                },
                location -> notes.find(location.substring(BASE.length())));
        audit.resolved(outcome.body().caseId());
        Response.ResponseBuilder answer = Response.status(201).entity(outcome.body()).header("Location", outcome.location());
        return (outcome.replayed() ? answer.header("Idempotent-Replayed", "true") : answer).build();
    }

    @GET
    @Path("/{caseId}")
    public Notes.NoteView get(@PathParam("caseId") String caseId) {
        return notes.find(caseId);
    }

    @POST
    @Path("/{caseId}/events")
    public Response events(@PathParam("caseId") String caseId, @QueryParam("count") int count) {
        notes.appendEvents(caseId, count);
        return Response.noContent().build();
    }

    @POST
    @Path("/{caseId}/refusal")
    public void refuse(@PathParam("caseId") String caseId) {
        notes.refuse(caseId);
    }
}
