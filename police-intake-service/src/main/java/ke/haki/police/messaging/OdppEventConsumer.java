package ke.haki.police.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.police.service.OdppUpdateService;

/**
 * Consumes {@code odpp.case-events.v1} in batches (one transaction per polled batch, see
 * {@link IdempotentConsumer#processBatch}); what cannot be applied goes to {@code police-intake.dlq.v1}.
 */
@ApplicationScoped
public class OdppEventConsumer {

    static final String CONSUMER = "police-intake-service";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    OdppUpdateService updates;

    @Incoming("odpp-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(CONSUMER, batch, updates::apply);
    }
}
