package ke.haki.kit.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.ForbiddenException;

/**
 * Turns every failure of a request into problem details: the offending fields for bad input, a
 * 409 for a stale update, never a stack trace. Unexpected errors are logged with a reference
 * that the 500 answer repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toDetail(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return respond(new ProblemDetail(ProblemDetail.TYPE_PREFIX + "validation-failed",
                "The request is not valid", 400, detail, path(uri), violations, null));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        String message = expectation(e);
        List<FieldViolation> violations = field.isEmpty() ? List.of() : List.of(new FieldViolation(field, message));
        return respond(new ProblemDetail(ProblemDetail.TYPE_PREFIX + "malformed-request",
                "The request body cannot be read", 400,
                field.isEmpty() ? message : field + ": " + message, path(uri), violations, null));
    }

    /** Quarkus maps these specific Jackson failures itself; these win, so the answer is a problem. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(com.fasterxml.jackson.databind.exc.InvalidFormatException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return staleAnswer(uri);
    }

    @ServerExceptionMapper
    public Response staleHibernate(StaleObjectStateException e, UriInfo uri) {
        return staleAnswer(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new ProblemDetail(ProblemDetail.TYPE_PREFIX + "forbidden", "Forbidden", 403,
                "Your role does not allow this action", path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return malformed(json, uri);
        }
        int status = e.getResponse().getStatus();
        String slug = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "request-failed";
        };
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        // the framework's message may quote the rejected path or parameter: answer with the status only
        String detail = status >= 500 ? "The request could not be completed" : title;
        Response.ResponseBuilder builder = Response.status(status)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(new ProblemDetail(ProblemDetail.TYPE_PREFIX + slug, title, status, detail, path(uri), null, null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        if (ClientDisconnect.causedBy(e)) {
            LOG.debugf("client closed the connection of %s: %s", path(uri), e.getMessage());
            // nobody reads this answer; 499 (client closed request) keeps it out of the 5xx figures
            return Response.status(499).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, reference %s", reference);
        return respond(new ProblemDetail(ProblemDetail.TYPE_PREFIX + "internal-error", "Internal error", 500,
                "An unexpected error occurred. Reference: " + reference, path(uri), null, null));
    }

    private static Response staleAnswer(UriInfo uri) {
        return respond(new ProblemDetail(ProblemDetail.TYPE_PREFIX + "stale-update",
                "The resource was changed by someone else", 409,
                "Reload the resource and apply your change to its current version", path(uri), null, null));
    }

    static Response respond(ProblemDetail detail) {
        return Response.status(detail.status()).type(ProblemDetail.MEDIA_TYPE).entity(detail).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /**
     * What the field expects, from the target type alone: Jackson's own messages quote the rejected
     * value (a name typed into a date field would be echoed back and logged by clients).
     */
    static String expectation(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "not a field of this request";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> type = m.getTargetType();
            if (type.isEnum()) {
                return "one of " + Arrays.toString(type.getEnumConstants());
            }
            if (type == LocalDate.class) {
                return "a date, e.g. 2026-04-01";
            }
            if (type == Instant.class || type == OffsetDateTime.class) {
                return "an ISO-8601 instant, e.g. 2026-04-01T09:30:00Z";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
                return "a number";
            }
            if (type == String.class) {
                return "a string";
            }
            return "a value of the documented shape";
        }
        if (e instanceof JsonParseException && e.getLocation() != null) {
            return "malformed JSON at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        }
        return "malformed JSON";
    }
}
