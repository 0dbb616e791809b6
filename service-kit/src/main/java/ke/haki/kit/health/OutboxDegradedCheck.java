package ke.haki.kit.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.HealthGroup;

import ke.haki.kit.outbox.OutboxBacklog;
import ke.haki.kit.outbox.OutboxRelay;

/**
 * Reports whether events leave the outbox as they should: none late, none quarantined, the relay
 * making rounds. In the {@code degraded} group only, so it alerts without making the service unready.
 */
@HealthGroup(DegradedChecks.GROUP)
@ApplicationScoped
public class OutboxDegradedCheck implements HealthCheck {

    @Inject
    OutboxBacklog backlog;

    @Inject
    OutboxRelay relay;

    @Inject
    DegradedConfig config;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog.Snapshot s = backlog.snapshot();
        boolean late = s.oldestPendingAge().compareTo(config.oldestPendingAge()) > 0;
        boolean quarantined = s.quarantined() > 0;
        Instant lastSuccess = relay.lastSuccessAt();
        boolean stalled = relay.enabled()
                && (lastSuccess == null || Duration.between(lastSuccess, clock.instant()).compareTo(config.relayStaleAfter()) > 0);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .status(s.readable() && !late && !quarantined && !stalled)
                .withData("pending", s.pending())
                .withData("quarantined", s.quarantined())
                .withData("held", s.held())
                .withData("oldestPendingAgeSeconds", s.oldestPendingAge().toSeconds())
                .withData("relayEnabled", relay.enabled());
        if (relay.lastRoundAt() != null) {
            response.withData("relayLastRound", relay.lastRoundAt().toString());
        }
        if (lastSuccess != null) {
            response.withData("relayLastSuccessfulRound", lastSuccess.toString());
        }
        if (!s.readable()) {
            response.withData("reason", "the outbox could not be read");
        }
        return response.build();
    }
}
