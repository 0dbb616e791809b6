package ke.haki.kit.problem;

/** One offending input field of a rejected request. */
public record FieldViolation(String field, String message) {}
