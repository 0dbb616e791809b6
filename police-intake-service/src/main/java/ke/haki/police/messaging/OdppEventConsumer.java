package ke.haki.police.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.police.service.OdppUpdateService;

/** Consumes {@code odpp.case-events.v1}; what cannot be applied goes to {@code police-intake.dlq.v1}. */
@ApplicationScoped
public class OdppEventConsumer {

    static final String CONSUMER = "police-intake-service";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    OdppUpdateService updates;

    @Incoming("odpp-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, updates::apply);
    }
}
