package ke.haki.kit.outbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The relay's meters (docs/operations/observability.md): what waits, what went out, how rounds end. */
final class RelayMetrics {

    private final AtomicLong published = new AtomicLong();
    private final Counter rounds;
    private final Counter failedRounds;
    private final Counter quarantines;

    RelayMetrics(MeterRegistry meters, OutboxRelay relay, OutboxBacklog backlog) {
        meters.gauge("haki.outbox.pending", relay, OutboxRelay::pendingCount);
        meters.more().counter("haki.outbox.published", List.of(), published);
        Gauge.builder("haki.outbox.quarantined", backlog, b -> b.snapshot().quarantined())
                .description("outbox rows set aside because they cannot be published as they are").register(meters);
        Gauge.builder("haki.outbox.held", backlog, b -> b.snapshot().held())
                .description("outbox rows waiting behind a quarantined row of their case").register(meters);
        Gauge.builder("haki.outbox.oldest.pending.age", backlog, b -> b.snapshot().oldestPendingAge().toMillis() / 1000.0)
                .description("age of the oldest unpublished row that is free to flow (not quarantined, not held)")
                .baseUnit("seconds").register(meters);
        Gauge.builder("haki.outbox.relay.last.success.age", relay, r -> r.sinceLastSuccess().toMillis() / 1000.0)
                .description("time since the relay last finished a round without a broker failure")
                .baseUnit("seconds").register(meters);
        rounds = Counter.builder("haki.outbox.relay.rounds").description("relay rounds run").register(meters);
        failedRounds = Counter.builder("haki.outbox.relay.failures")
                .description("relay rounds that ended with an error or events the broker did not acknowledge")
                .register(meters);
        quarantines = Counter.builder("haki.outbox.quarantines").description("outbox rows quarantined").register(meters);
    }

    void published(int count) {
        published.addAndGet(count);
    }

    void roundRun() {
        rounds.increment();
    }

    void roundFailed() {
        failedRounds.increment();
    }

    void quarantined() {
        quarantines.increment();
    }
}
