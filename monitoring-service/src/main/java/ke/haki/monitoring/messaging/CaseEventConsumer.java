package ke.haki.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.monitoring.service.MonitoringService;

/**
 * Consumes {@code nps.case-events.v1} and {@code odpp.case-events.v1}; what cannot be applied goes
 * to {@code monitoring.dlq.v1}.
 */
@ApplicationScoped
public class CaseEventConsumer {

    static final String CONSUMER = "monitoring-service";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    MonitoringService monitoring;

    @Incoming("nps-events")
    @Blocking
    public void consumeNps(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, monitoring::onEvent);
    }

    @Incoming("odpp-events")
    @Blocking
    public void consumeOdpp(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, monitoring::onEvent);
    }
}
