package ke.haki.kit.health;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the degraded health check ({@code /q/health/group/degraded}) reports DOWN. */
@ConfigMapping(prefix = "haki.health.degraded")
public interface DegradedConfig {

    /** An unpublished outbox event older than this (and free to flow) means events are late. */
    @WithDefault("60s")
    Duration oldestPendingAge();

    /** No successful relay round for this long means the relay is stalled. */
    @WithDefault("60s")
    Duration relayStaleAfter();

    /** How long to wait for the Kafka cluster to answer. */
    @WithDefault("3s")
    Duration brokerTimeout();
}
