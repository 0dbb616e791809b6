package ke.haki.kit.tracing;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Shows traces without a tracing server: each finished span is one line of the service's log
 * (category {@code haki.trace}), read by {@code deploy/local/traces} to draw the trace. Switched on
 * by {@code haki.tracing.log-spans=true} (the local stack, dev mode, tests); while it is on,
 * Quarkus does not export to OTLP. Only ids, names, timings and a few non-identifying attributes
 * are written: never a path's query, a body or a header.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "haki.tracing.log-spans", stringValue = "true")
public class LoggedSpanExporter implements SpanExporter {

    static final Logger LOG = Logger.getLogger("haki.trace");

    private static final List<AttributeKey<?>> SHOWN = List.of(
            AttributeKey.stringKey("http.request.method"),
            AttributeKey.stringKey("http.route"),
            AttributeKey.longKey("http.response.status_code"),
            AttributeKey.stringKey("messaging.destination.name"),
            AttributeKey.stringKey("messaging.consumer.group.name"));

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        for (SpanData span : spans) {
            LOG.info(line(span));
        }
        return CompletableResultCode.ofSuccess();
    }

    /** {@code span trace=… id=… parent=… kind=… start=… durationUs=… status=… name="…" key=value…}. */
    static String line(SpanData span) {
        StringBuilder b = new StringBuilder("span trace=").append(span.getTraceId())
                .append(" id=").append(span.getSpanId())
                .append(" parent=").append(span.getParentSpanContext().isValid() ? span.getParentSpanId() : "-")
                .append(" kind=").append(span.getKind())
                .append(" start=").append(TimeUnit.NANOSECONDS.toMicros(span.getStartEpochNanos()))
                .append(" durationUs=").append(TimeUnit.NANOSECONDS.toMicros(span.getEndEpochNanos() - span.getStartEpochNanos()))
                .append(" status=").append(span.getStatus().getStatusCode())
                .append(" name=\"").append(span.getName().replace('"', '\'')).append('"');
        for (AttributeKey<?> key : SHOWN) {
            Object value = span.getAttributes().get(key);
            if (value != null) {
                b.append(' ').append(key.getKey()).append('=').append(value.toString().replace(' ', '_'));
            }
        }
        return b.toString();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
