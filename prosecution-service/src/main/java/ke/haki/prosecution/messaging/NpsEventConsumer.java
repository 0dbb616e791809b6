package ke.haki.prosecution.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.prosecution.service.PoliceEventProjector;

/** Consumes {@code nps.case-events.v1}; what cannot be applied goes to {@code prosecution.dlq.v1}. */
@ApplicationScoped
public class NpsEventConsumer {

    static final String CONSUMER = "prosecution-service";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    PoliceEventProjector projector;

    @Incoming("nps-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, projector::apply);
    }
}
