package ke.haki.kit.rest;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import ke.haki.kit.idempotency.IdempotentRequests.Outcome;
import ke.haki.kit.problem.ProblemException;

/** What every resource does the same way: versions as ETag/If-Match, 201 answers, query parameters. */
public final class Http {

    private Http() {}

    /** The version a caller last read, from {@code If-Match: "3"} (or W/"3"); null when absent. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        try {
            return Long.parseLong(v.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "expected the version last read (its ETag), e.g. \"3\"");
        }
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 201 with Location, the ETag when known, and {@code Idempotent-Replayed: true} for a replay. */
    public static Response created(Outcome<?> outcome, Long version) {
        Response.ResponseBuilder builder = Response.status(201).entity(outcome.body())
                .location(URI.create(outcome.location()));
        if (outcome.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        if (version != null) {
            builder.tag(etag(version));
        }
        return builder.build();
    }

    /** An optional ISO-8601 instant query parameter; a malformed one is a 400 naming the field. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "expected an ISO-8601 instant, e.g. 2026-04-01T00:00:00Z");
        }
    }

    /** An optional enum query parameter; an unknown value is a 400 listing the allowed ones. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
