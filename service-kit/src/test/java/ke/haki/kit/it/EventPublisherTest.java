package ke.haki.kit.it;

import static ke.haki.kit.it.KitApp.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.InvestigationUpdated.InvestigationStep;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.kit.timeline.EventPublisher;
import ke.haki.kit.timeline.EventSource;
import ke.haki.kit.timeline.Timeline;
import ke.haki.kit.timeline.TimelineEntry;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * The event publisher's contract: an event goes to the outbox and to its case's timeline in the
 * caller's transaction (both or neither), with the payload's summary, and never outside one.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EventPublisherTest {

    @Inject
    EventPublisher publisher;

    @Inject
    Timeline timeline;

    @Test
    void anEventGoesToTheOutboxAndTheTimelineTogether() {
        Source station = new Source("KIT-" + UUID.randomUUID(), new ActingUnit(Agency.NPS, "NRB-KILIMANI", "047"));
        CaseEvent first = QuarkusTransaction.requiringNew().call(() -> publisher.publish(station,
                new InvestigationUpdated(InvestigationStep.SCENE_VISITED)));
        CaseEvent second = QuarkusTransaction.requiringNew().call(() -> publisher.publish(station,
                new InvestigationUpdated(InvestigationStep.EXHIBIT_COLLECTED)));
        assertThat(count("select count(*) from outbox_event where case_id = ?", station.caseId())).isEqualTo(2);
        List<TimelineEntry> entries = QuarkusTransaction.requiringNew().call(() -> timeline.ofCase(station.caseId()));
        assertThat(entries).extracting(TimelineEntry::eventId).containsExactly(first.eventId(), second.eventId());
        assertThat(entries.get(0).summary()).isEqualTo("Investigation: SCENE_VISITED");
        assertThat(entries.get(0).agency()).isEqualTo("NPS");
        assertThat(entries.get(0).eventType()).isEqualTo(first.type().typeName());
        // to the microsecond, as PostgreSQL keeps it: it rounds to the nearest (…096.6 is kept as …097)
        assertThat(entries.get(0).occurredAt()).isCloseTo(first.occurredAt(), within(500, ChronoUnit.NANOS));
    }

    @Test
    void aRolledBackChangeLeavesNeitherItsEventNorItsEntry() {
        Source station = new Source("KIT-" + UUID.randomUUID(), new ActingUnit(Agency.NPS, "NRB-KILIMANI", "047"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            publisher.publish(station, new InvestigationUpdated(InvestigationStep.SCENE_VISITED));
            throw new IllegalStateException("the change failed after its event");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count("select count(*) from outbox_event where case_id = ?", station.caseId())).isZero();
        assertThat(count("select count(*) from timeline_entry where case_id = ?", station.caseId())).isZero();
    }

    @Test
    void aConsumedEventGoesOnTheTimelineOnlyWithItsSummaryCutToTheColumn() {
        String caseId = "KIT-" + UUID.randomUUID();
        CaseEvent consumed = CaseEvent.of(UUID.randomUUID(), caseId, 1, java.time.Instant.now(),
                new ActingUnit(Agency.ODPP, "ODPP-NRB", "047"), new ProsecutorAssigned("ODPP/NRB/9/2026", "p".repeat(600)));
        QuarkusTransaction.requiringNew().run(() -> publisher.record(consumed));
        assertThat(count("select count(*) from outbox_event where case_id = ?", caseId)).isZero();
        String summary = (String) KitApp.single("select summary from timeline_entry where event_id = ?", consumed.eventId());
        assertThat(summary).hasSize(500).isEqualTo(consumed.payload().summary().substring(0, 500));
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        Source station = new Source("KIT-" + UUID.randomUUID(), new ActingUnit(Agency.NPS, "NRB-KILIMANI", "047"));
        assertThatThrownBy(() -> publisher.publish(station, new InvestigationUpdated(InvestigationStep.OTHER)))
                .isInstanceOf(TransactionalException.class);
        assertThat(count("select count(*) from outbox_event where case_id = ?", station.caseId())).isZero();
    }

    private record Source(String caseId, ActingUnit actingUnit) implements EventSource {}
}
