package ke.haki.kit.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path a request really addressed, as the router resolved it: percent-escapes decoded, empty
 * and {@code .} segments dropped, {@code ..} applied. The audit trail keys rows on this form, so
 * {@code /api/v1/%63ases/X}, {@code /api/v1/./cases/X} and {@code /api//v1/cases/X} all name case X.
 */
public final class AuditPaths {

    private static final Pattern CASE_IN_PATH =
            Pattern.compile("^/(?:api/v1|dashboard)/(?:cases|files|alerts)/([^/]+)");

    private AuditPaths() {}

    /** Whether requests to this (normalised) path are audited: the API and the dashboard. */
    public static boolean audited(String normalisedPath) {
        return normalisedPath.equals("/api") || normalisedPath.startsWith("/api/")
                || normalisedPath.equals("/dashboard") || normalisedPath.startsWith("/dashboard/");
    }

    public static String normalise(String rawPath) {
        String decoded = decode(rawPath == null ? "" : rawPath);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments);
    }

    /** The case (or file, or alert) id the normalised path names, if any. */
    public static Optional<String> caseIdIn(String normalisedPath) {
        Matcher m = CASE_IN_PATH.matcher(normalisedPath);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Decodes %XX escapes as UTF-8 (repeatedly, so %2563 is not a way round); a malformed escape stays as it is. */
    private static String decode(String s) {
        String current = s;
        for (int round = 0; round < 3 && current.indexOf('%') >= 0; round++) {
            String next = decodeOnce(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current.replace('\\', '/');
    }

    private static String decodeOnce(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                byte[] bytes = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                i += Character.charCount(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
