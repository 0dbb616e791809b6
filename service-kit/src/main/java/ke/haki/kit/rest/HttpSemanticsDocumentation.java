package ke.haki.kit.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Writes the kit's HTTP semantics into every service's OpenAPI document, once, where the filters
 * that give them apply: the {@code Link} header of each paginated list ({@link PageLinks}: an
 * operation with {@code page} and {@code size} query parameters), and on each update that reads
 * {@code If-Match} the {@code Prefer: handling=strict} request header with its 412 and 428 answers
 * ({@link StrictPreconditions}, ADR 0006). Registered by {@code mp.openapi.filter} in the kit's
 * configuration.
 */
public class HttpSemanticsDocumentation implements OASFilter {

    static final String LINK_DESCRIPTION = "RFC 8288 links to the first, prev, next and last pages of this list "
            + "(each the request's own path and query with page and size replaced, relative to the request), "
            + "e.g. </api/v1/cases?page=1&size=20>; rel=\"next\"";
    static final String PREFER_DESCRIPTION = "handling=strict (RFC 7240) asks for RFC 9110/6585 preconditions: "
            + "without If-Match the update answers 428, with a stale one 412 instead of 409; the answer carries "
            + "Preference-Applied: handling=strict (ADR 0006)";

    @Override
    public Operation filterOperation(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (has(parameters, Parameter.In.QUERY, "page") && has(parameters, Parameter.In.QUERY, "size")) {
            documentLinks(operation);
        }
        if (has(parameters, Parameter.In.HEADER, "If-Match") && !has(parameters, Parameter.In.HEADER, StrictPreconditions.PREFER)) {
            documentStrictPreconditions(operation);
        }
        return operation;
    }

    private static void documentLinks(Operation operation) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok == null || (ok.getHeaders() != null && ok.getHeaders().containsKey("Link"))) {
            return;
        }
        ok.addHeader("Link", OASFactory.createObject(Header.class).description(LINK_DESCRIPTION)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
    }

    private static void documentStrictPreconditions(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name(StrictPreconditions.PREFER).in(Parameter.In.HEADER)
                .description(PREFER_DESCRIPTION).example(StrictPreconditions.STRICT)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        if (operation.getResponses() == null) {
            return;
        }
        if (operation.getResponses().getAPIResponse("412") == null) {
            operation.getResponses().addAPIResponse("412", OASFactory.createAPIResponse()
                    .description("With Prefer: handling=strict, If-Match is not the current version: read again and retry"));
        }
        if (operation.getResponses().getAPIResponse("428") == null) {
            operation.getResponses().addAPIResponse("428", OASFactory.createAPIResponse()
                    .description("With Prefer: handling=strict, no If-Match was sent"));
        }
    }

    private static boolean has(List<Parameter> parameters, Parameter.In in, String name) {
        return parameters.stream().anyMatch(p -> in.equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }
}
