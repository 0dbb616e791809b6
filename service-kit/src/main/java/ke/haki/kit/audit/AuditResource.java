package ke.haki.kit.audit;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ke.haki.kit.csv.Csv;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.rest.Http;
import ke.haki.kit.security.Roles;

/** The service's audit trail, for auditors: JSON pages or a CSV export. */
@Path("/api/v1/audit")
@RolesAllowed(Roles.AUDITOR)
@Tag(name = "Audit", description = "Who read or changed which case, when, from which agency, and the outcome")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(summary = "Search the audit trail", description = "Newest first. `format=csv` exports the page as CSV.")
    public Response search(
            @QueryParam("account") @Parameter(example = "officer.nairobi") String account,
            @QueryParam("caseId") String caseId,
            @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") String from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") @Parameter(description = "1 to 100") Integer size,
            @QueryParam("format") @Parameter(description = "json (default) or csv") String format) {
        Page<AuditEntry.Stored> result = trail.search(
                new AuditTrail.Filter(blankToNull(account), blankToNull(caseId), Http.instant("from", from), Http.instant("to", to)),
                PageRequest.of(page, size));
        if ("csv".equalsIgnoreCase(format)) {
            String csv = "id,occurredAt,account,agency,clientId,roles,method,path,caseId,outcome,httpStatus\n"
                    + result.items().stream().map(AuditResource::csvRow).collect(Collectors.joining("\n"))
                    + (result.items().isEmpty() ? "" : "\n");
            return Response.ok(csv, "text/csv").header("Content-Disposition", "attachment; filename=audit.csv").build();
        }
        return Response.ok(result, MediaType.APPLICATION_JSON).build();
    }

    private static String csvRow(AuditEntry.Stored e) {
        return String.join(",", Long.toString(e.id()), e.occurredAt().toString(), Csv.cell(e.account()), Csv.cell(e.agency()),
                Csv.cell(e.clientId()), Csv.cell(e.roles()), e.method(), Csv.cell(e.path()), Csv.cell(e.caseId()), e.outcome().name(),
                Integer.toString(e.httpStatus()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
