package ke.haki.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.monitoring.service.MonitoringService;

/**
 * Consumes {@code nps.case-events.v1} and {@code odpp.case-events.v1} in batches (one transaction
 * per polled batch, see {@link IdempotentConsumer#processBatch}); what cannot be applied goes to
 * {@code monitoring.dlq.v1}.
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
    public CompletionStage<Void> consumeNps(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(CONSUMER, batch, monitoring::onEvent);
    }

    @Incoming("odpp-events")
    @Blocking
    public CompletionStage<Void> consumeOdpp(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(CONSUMER, batch, monitoring::onEvent);
    }
}
