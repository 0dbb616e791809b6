package ke.haki.kit.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.HealthGroup;

import ke.haki.kit.messaging.BrokerProbe;

/**
 * Reports whether the Kafka cluster answers. In the {@code degraded} group only: a broker outage
 * delays events (they wait in the outbox) but must not take the service out of its load balancer.
 */
@HealthGroup(DegradedChecks.GROUP)
@ApplicationScoped
public class BrokerDegradedCheck implements HealthCheck {

    @Inject
    BrokerProbe broker;

    @Inject
    DegradedConfig config;

    @Override
    public HealthCheckResponse call() {
        String reason = broker.unreachableReason(config.brokerTimeout());
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-broker").status(reason == null);
        if (reason != null) {
            response.withData("reason", reason);
        }
        return response.build();
    }
}
