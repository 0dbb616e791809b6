package ke.haki.kit.it;

import static ke.haki.kit.it.KitApp.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.kit.testapp.OdppEventConsumer;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicWriter;

/**
 * The idempotent consumer's contract: an event id is applied once however often it arrives, an
 * effect that fails is rolled back with its id and applied again, and an event of bad provenance
 * is never applied. Each test ends with a marker event of the same case (same partition, so read
 * after the others) and asserts once the marker's effect is in.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotentConsumerTest {

    private static final ActingUnit OFFICE = new ActingUnit(Agency.ODPP, "ODPP-NRB", "047");

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String caseId = "KIT-" + UUID.randomUUID();
        CaseEvent event = event(caseId, 1);
        try (TopicWriter writer = new TopicWriter(KitApp.bootstrapServers())) {
            writer.publish(event);
            writer.publish(event);
            writer.publish(event);
            publishMarkerAndAwait(writer, caseId, 2);
        }
        assertThat(effects(event.eventId())).isEqualTo(1);
        assertThat(count("select count(*) from inbox_processed_event where event_id = ? and consumer = ?",
                event.eventId(), OdppEventConsumer.CONSUMER)).isEqualTo(1);
    }

    @Test
    void anEffectThatFailsIsRolledBackWithItsIdAndAppliedOnceOnRetry() {
        String caseId = OdppEventConsumer.FAIL_ONCE + UUID.randomUUID();
        CaseEvent event = event(caseId, 1);
        try (TopicWriter writer = new TopicWriter(KitApp.bootstrapServers())) {
            writer.publish(event);
            publishMarkerAndAwait(writer, caseId, 2);
        }
        assertThat(effects(event.eventId())).as("the failed attempt left nothing, the retry applied it").isEqualTo(1);
        assertThat(count("select count(*) from inbox_processed_event where event_id = ?", event.eventId())).isEqualTo(1);
    }

    @Test
    void anEventOfBadProvenanceIsNeverApplied() {
        String caseId = "KIT-" + UUID.randomUUID();
        CaseEvent forged = event(caseId, 1);
        Map<String, String> headers = new HashMap<>(CloudEventHeaders.of(forged));
        headers.put(CloudEventHeaders.SOURCE, "urn:haki:nps:NRB-KILIMANI");
        try (TopicWriter writer = new TopicWriter(KitApp.bootstrapServers())) {
            writer.send(forged.topic(), caseId, EventCodec.toJson(forged), headers);
            publishMarkerAndAwait(writer, caseId, 2);
        }
        assertThat(effects(forged.eventId())).isZero();
        assertThat(count("select count(*) from inbox_processed_event where event_id = ?", forged.eventId())).isZero();
    }

    private static void publishMarkerAndAwait(TopicWriter writer, String caseId, long sequence) {
        CaseEvent marker = event(caseId, sequence);
        writer.publish(marker);
        await().atMost(Duration.ofSeconds(60)).until(() -> effects(marker.eventId()) == 1);
    }

    private static CaseEvent event(String caseId, long sequence) {
        return CaseEvent.of(UUID.randomUUID(), caseId, sequence, Instant.now(), OFFICE,
                new ProsecutorAssigned("ODPP/NRB/7/2026", "PR-" + sequence));
    }

    private static long effects(UUID eventId) {
        return count("select count(*) from kit_test_effect where event_id = ?", eventId);
    }
}
