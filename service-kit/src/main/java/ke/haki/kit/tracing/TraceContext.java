package ke.haki.kit.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * Carries one trace across the agencies: the W3C {@code traceparent} of the span that wrote an
 * outbox row is stored with the row, the relay sends it as the record's {@code traceparent} header
 * from a producer span, and a consumer continues it for each record it applies, so the police HTTP
 * call, the prosecutor's projection and the monitor's alert share one trace id.
 * Only trace and span ids travel: nothing about the case or the child.
 */
@ApplicationScoped
public class TraceContext {

    /** The Kafka record header (W3C Trace Context, as OpenTelemetry's Kafka instrumentation names it). */
    public static final String TRACEPARENT = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    Tracer tracer;

    /** The {@code traceparent} of the current span; null outside a trace. */
    public static String currentTraceParent() {
        return traceParent(Span.current().getSpanContext());
    }

    /** The current trace id (32 hex digits); null outside a trace. */
    public static String currentTraceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }

    static String traceParent(SpanContext context) {
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /**
     * Starts the producer span of one relayed row, a child of the span that wrote it (or a new trace
     * when the row has none, e.g. rows written before tracing). Its {@link Publication#traceParent()}
     * goes on the record; end it once the broker answered.
     */
    public Publication publish(String topic, String storedTraceParent) {
        Span span = tracer.spanBuilder(topic + " publish")
                .setParent(parentOf(storedTraceParent))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation.type", "send")
                .startSpan();
        return new Publication(span);
    }

    /**
     * Continues the trace of a consumed record in a consumer span that is current until closed, so
     * what the consumer writes (projections, alerts, outbox rows) belongs to the same trace.
     */
    public Continuation continueFrom(String consumer, ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(TRACEPARENT);
        String traceParent = header == null || header.value() == null ? null
                : new String(header.value(), StandardCharsets.UTF_8);
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(parentOf(traceParent))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
        return new Continuation(span, span.makeCurrent());
    }

    private static Context parentOf(String traceParent) {
        if (traceParent == null || traceParent.isBlank()) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, traceParent.strip());
        return W3C.extract(Context.root(), carrier, MAP);
    }

    /** A relayed row's producer span. */
    public static final class Publication {
        private final Span span;

        Publication(Span span) {
            this.span = span;
        }

        public String traceParent() {
            return TraceContext.traceParent(span.getSpanContext());
        }

        public void end(String error) {
            if (error != null) {
                span.setStatus(StatusCode.ERROR, error);
            }
            span.end();
        }
    }

    /** A consumed record's span, current until closed. */
    public static final class Continuation implements AutoCloseable {
        private final Span span;
        private final Scope scope;

        Continuation(Span span, Scope scope) {
            this.span = span;
            this.scope = scope;
        }

        public void failed(Throwable e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
