package ke.haki.prosecution.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.prosecution.service.PoliceEventProjector;

/**
 * Consumes {@code nps.case-events.v1} in batches (one transaction per polled batch, see
 * {@link IdempotentConsumer#processBatch}); what cannot be applied goes to {@code prosecution.dlq.v1}.
 * The records' keys (the police publish each event keyed by its case id) tell the projector which
 * cases the batch touches, so it reads them all at once ({@link PoliceEventProjector#forBatch}).
 */
@ApplicationScoped
public class NpsEventConsumer {

    static final String CONSUMER = "prosecution-service";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    PoliceEventProjector projector;

    @Incoming("nps-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        Set<String> caseIds = batch.getRecords().stream().map(KafkaRecord::getKey).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return inbox.processBatch(CONSUMER, batch, projector.forBatch(caseIds));
    }
}
