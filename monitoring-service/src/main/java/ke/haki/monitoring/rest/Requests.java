package ke.haki.monitoring.rest;

import ke.haki.kit.rest.Http;

/** Parsing of query and header values into problem details when they are wrong (see {@link Http}). */
final class Requests {

    private Requests() {}

    static Long version(String ifMatch) {
        return Http.expectedVersion(ifMatch);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        return Http.enumValue(type, field, value);
    }
}
