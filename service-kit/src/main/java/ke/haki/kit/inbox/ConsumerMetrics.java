package ke.haki.kit.inbox;

import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import ke.haki.contract.EventCodec;

/**
 * Counters of consumed events by topic: {@code haki.events.consumed} (outcome applied or
 * duplicate) and {@code haki.events.dead.lettered} (reason malformed, rejected or failed). Labels
 * are the topic and a fixed word, never a case id. The counters of every incoming topic exist from
 * start-up at zero, so an alert on their increase sees the first dead letter.
 */
@ApplicationScoped
public class ConsumerMetrics {

    public static final String CONSUMED = "haki.events.consumed";
    public static final String DEAD_LETTERED = "haki.events.dead.lettered";

    /** Why a record went to the dead-letter topic, as a label value. */
    public enum Reason {
        /** Not a valid event (unreadable, unknown type, key not the case id). */
        MALFORMED,
        /** A valid event the consumer refuses ({@link EventRejectedException}). */
        REJECTED,
        /** Applying it kept failing. */
        FAILED;

        public static Reason of(Throwable e) {
            if (e instanceof EventCodec.MalformedEventException) {
                return MALFORMED;
            }
            return e instanceof EventRejectedException ? REJECTED : FAILED;
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Inject
    MeterRegistry meters;

    @Inject
    Config config;

    void registerIncomingTopics(@Observes StartupEvent start) {
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(n -> n.startsWith("mp.messaging.incoming.") && n.endsWith(".topic"))
                .map(n -> config.getOptionalValue(n, String.class).orElse(null))
                .filter(t -> t != null && !t.isBlank())
                .distinct()
                .forEach(topic -> {
                    consumedCounter(topic, true);
                    consumedCounter(topic, false);
                    for (Reason r : Reason.values()) {
                        deadLetteredCounter(topic, r);
                    }
                });
    }

    public void consumed(String topic, boolean applied) {
        consumedCounter(topic, applied).increment();
    }

    public void deadLettered(String topic, Throwable cause) {
        deadLetteredCounter(topic, Reason.of(cause)).increment();
    }

    private Counter consumedCounter(String topic, boolean applied) {
        return Counter.builder(CONSUMED).description("events consumed, applied now or recognised as duplicates")
                .tag("topic", topic).tag("outcome", applied ? "applied" : "duplicate").register(meters);
    }

    private Counter deadLetteredCounter(String topic, Reason reason) {
        return Counter.builder(DEAD_LETTERED).description("consumed records sent to the dead-letter topic")
                .tag("topic", topic).tag("reason", reason.label()).register(meters);
    }
}
