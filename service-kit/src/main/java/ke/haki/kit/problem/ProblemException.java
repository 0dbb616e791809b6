package ke.haki.kit.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, answered as problem details. Services throw it; the REST layer
 * maps it. {@code slug} names the kind of problem and becomes the stable {@code type} URN.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldViolation> violations;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String slug, String title, String detail,
            List<FieldViolation> violations, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found", null, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation-failed", "The request is not valid",
                field + ": " + message, List.of(new FieldViolation(field, message)), null);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict with the current state", detail, null, null);
    }

    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(422, slug, title, detail, null, null);
    }

    public int status() {
        return status;
    }

    public ProblemDetail toDetail(String instance) {
        return new ProblemDetail(ProblemDetail.TYPE_PREFIX + slug, title, status, getMessage(), instance,
                violations, extensions);
    }
}
