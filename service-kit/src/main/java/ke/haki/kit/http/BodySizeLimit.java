package ke.haki.kit.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import ke.haki.kit.problem.ProblemDetail;

/**
 * Refuses a request whose declared body is larger than {@code haki.http.max-body-bytes} with a
 * 413 problem before the body is read. (Quarkus' own limit, {@code quarkus.http.limits.max-body-size},
 * still stops bodies sent without a Content-Length.)
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "haki.http.max-body-bytes", defaultValue = "65536")
    long maxBytes;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && parse(length) > maxBytes) {
                JsonObject problem = new JsonObject()
                        .put("type", ProblemDetail.TYPE_PREFIX + "payload-too-large")
                        .put("title", "Payload too large")
                        .put("status", 413)
                        .put("detail", "The request body is larger than " + maxBytes + " bytes")
                        .put("instance", rc.request().path());
                rc.response().setStatusCode(413).putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(problem.encode());
                return;
            }
            rc.next();
        });
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
