package ke.haki.kit.testapp;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import ke.haki.contract.CaseEvent;
import ke.haki.kit.inbox.IdempotentConsumer;

/**
 * Consumes ODPP events through the kit's idempotent consumer; each effect is a row of
 * {@code kit_test_effect}. An event of a case whose id starts with {@link #FAIL_ONCE} fails the
 * first time it is applied, as a database hiccup would.
 */
@ApplicationScoped
public class OdppEventConsumer {

    public static final String CONSUMER = "kit-test";
    public static final String FAIL_ONCE = "FAIL-ONCE-";
    private static final Set<UUID> FAILED = ConcurrentHashMap.newKeySet();

    @Inject
    IdempotentConsumer inbox;

    @Inject
    EntityManager em;

    @Incoming("odpp-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(CONSUMER, record, this::apply);
    }

    void apply(CaseEvent event) {
        em.createNativeQuery("insert into kit_test_effect (event_id, case_id) values (?1, ?2)")
                .setParameter(1, event.eventId()).setParameter(2, event.caseId()).executeUpdate();
        if (event.caseId().startsWith(FAIL_ONCE) && FAILED.add(event.eventId())) {
            throw new IllegalStateException("the test's database hiccup");
        }
    }
}
