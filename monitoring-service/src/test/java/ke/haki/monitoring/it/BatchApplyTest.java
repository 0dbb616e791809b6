package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventPayload;
import ke.haki.contract.Topics;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.InvestigationUpdated.InvestigationStep;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.law.Sex;
import ke.haki.law.SuspectRelationship;
import ke.haki.monitoring.service.DeadlineSweep;
import ke.haki.monitoring.service.MonitoringService;
import ke.haki.testsupport.ConsumedBatch;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicWriter;

/**
 * A consumed batch is read at once, applied in memory in its order and written once
 * ({@link MonitoringService#begin}): the events of one case in one batch see each other (an alert
 * raised by one is cleared by the next, a gap left by one is filled by the next, an arrest timer
 * started by one is judged by the next), duplicates in a batch apply once, and a poison event in
 * its middle goes alone to the dead letters while the rest of its case and the other cases apply.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class BatchApplyTest {

    /** Siaya: no other test writes there. */
    private static final ActingUnit STATION = new ActingUnit(Agency.NPS, "SIA-CENTRAL", "041");

    @Inject
    IdempotentConsumer inbox;

    @Inject
    MonitoringService monitoring;

    @Inject
    DeadlineSweep sweep;

    @Inject
    TestClock clock;

    /** One case's police events with their sequence numbers. */
    private static final class Case {
        final String id = UUID.randomUUID().toString();
        long sequence;

        CaseEvent event(Instant at, EventPayload payload) {
            return numbered(++sequence, at, payload);
        }

        CaseEvent numbered(long number, Instant at, EventPayload payload) {
            sequence = Math.max(sequence, number);
            return CaseEvent.of(UUID.randomUUID(), id, number, at, STATION, payload);
        }

        CaseEvent report(Instant at) {
            return event(at, new CaseReported("OB 1/2/12/2026", STATION.unitCode(), STATION.countyCode(), Offence.DEFILEMENT,
                    LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(1), at));
        }
    }

    @Test
    void theEventsOfACaseInOneBatchSeeEachOtherAndADuplicateInItAppliesOnce() {
        Instant now = clock.advanceToTuesdayMorningInKenya();
        Case reopened = new Case();
        Case filled = new Case();
        Case arrested = new Case();
        Case gap = new Case();
        CaseEvent closed;
        List<CaseEvent> batch = new ArrayList<>();
        batch.add(reopened.report(now));
        batch.add(filled.report(now));
        batch.add(closed = reopened.event(now, new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.NO_OFFENCE_DISCLOSED)));
        batch.add(arrested.report(now));
        batch.add(filled.numbered(3, now, new InvestigationUpdated(InvestigationStep.SCENE_VISITED)));
        batch.add(arrested.event(now, new SuspectRecorded("S1", 30, SuspectRelationship.FAMILY_MEMBER)));
        batch.add(gap.report(now));
        batch.add(reopened.event(now, new CaseResubmitted(2, "ODPP-041", 1)));
        batch.add(closed);
        batch.add(arrested.event(now, new SuspectArrested("S1", now, now.plus(Duration.ofHours(24)))));
        batch.add(filled.numbered(2, now, new InvestigationUpdated(InvestigationStep.STATEMENT_RECORDED)));
        batch.add(gap.numbered(3, now, new InvestigationUpdated(InvestigationStep.SCENE_VISITED)));
        batch.add(arrested.event(now, new SuspectArraigned("S1", now.plus(Duration.ofHours(30)), "Siaya Law Courts", false)));

        ConsumedBatch outcome = consume(batch);

        assertThat(outcome.nacked()).isEmpty();
        assertThat(outcome.acked()).as("the batch's last offset is acknowledged").containsExactly((long) batch.size() - 1);
        assertThat(timeline(reopened.id)).hasSize(3);
        assertThat(alertStatuses(reopened.id, "CLOSED_WITHOUT_COURT_OUTCOME")).as("raised, then cleared by the next event")
                .containsExactly("CLEARED");
        given().get("/api/v1/cases/{id}", reopened.id).then().body("stage", equalTo("REFERRED"));
        given().get("/api/v1/cases/{id}", filled.id).then().body("lastNpsSequence", equalTo(3))
                .body("deadline.kind", equalTo("CASE_QUIET"));
        given().get("/api/v1/cases/{id}", gap.id).then().body("deadline.kind", equalTo("SEQUENCE_GAP"));
        assertThat(alertStatuses(arrested.id, "ARRAIGNMENT_OVERDUE")).as("the timer the batch started, judged in it")
                .containsExactly("OPEN");

        ConsumedBatch again = consume(batch);
        assertThat(again.nacked()).isEmpty();
        assertThat(timeline(reopened.id)).as("a redelivered batch changes nothing").hasSize(3);
        assertThat(timeline(arrested.id)).hasSize(4);
        assertThat(alertStatuses(reopened.id, "CLOSED_WITHOUT_COURT_OUTCOME")).containsExactly("CLEARED");
        assertThat(alertStatuses(arrested.id, "ARRAIGNMENT_OVERDUE")).containsExactly("OPEN");

        clock.advance(Duration.ofMinutes(11));
        sweep.sweep();
        assertThat(alertStatuses(gap.id, "EVENT_SEQUENCE_GAP")).as("the gap the batch wrote").containsExactly("OPEN");
        assertThat(alertStatuses(filled.id, "EVENT_SEQUENCE_GAP")).as("filled in the same batch").isEmpty();
        given().get("/api/v1/cases/{id}", arrested.id).then().body("deadline.kind", equalTo("CASE_QUIET"));
        onTheTopic(batch);
    }

    @Test
    void aPoisonEventGoesAloneToTheDeadLettersAndTheRestOfItsCaseAndTheOtherCasesApply() {
        Instant now = clock.instant();
        Case poisoned = new Case();
        Case other = new Case();
        List<CaseEvent> batch = new ArrayList<>();
        batch.add(poisoned.report(now));
        batch.add(other.report(now));
        batch.add(poisoned.event(now, new VictimRecorded("V-BATCH-1", 12, AgeBand.ofAge(12), AgeBasis.BIRTH_DATE, Sex.FEMALE, false)));
        CaseEvent poison = poisoned.report(now);
        batch.add(poison);
        batch.add(other.event(now, new VictimRecorded("V-BATCH-2", 9, AgeBand.ofAge(9), AgeBasis.BIRTH_DATE, Sex.FEMALE, false)));
        batch.add(poisoned.event(now, new InvestigationUpdated(InvestigationStep.OTHER)));

        ConsumedBatch outcome = consume(batch);

        assertThat(outcome.nacked()).extracting(ConsumedBatch.Nack::offset).containsExactly(3L);
        assertThat(outcome.nacked().get(0).reason()).contains("already reported");
        assertThat(outcome.acked()).containsExactly((long) batch.size() - 1);
        assertThat(timeline(poisoned.id)).containsExactlyInAnyOrder(batch.get(0).eventId().toString(),
                batch.get(2).eventId().toString(), batch.get(5).eventId().toString());
        assertThat(timeline(other.id)).containsExactlyInAnyOrder(batch.get(1).eventId().toString(),
                batch.get(4).eventId().toString());
        given().get("/api/v1/cases/{id}", other.id).then().body("lastNpsSequence", equalTo(2));
        onTheTopic(batch);
    }

    /**
     * The batch's records on the topic too, in the order applied, as if consumed from there (the
     * live consumer finds them processed): a rebuild replays the topics (RebuildTest compares).
     */
    private static void onTheTopic(List<CaseEvent> batch) {
        try (TopicWriter writer = new TopicWriter(Feed.bootstrapServers())) {
            batch.forEach(writer::publish);
        }
    }

    private ConsumedBatch consume(List<CaseEvent> events) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (CaseEvent event : events) {
            records.add(ConsumedBatch.record(Topics.NPS_CASE_EVENTS, records.size(), event));
        }
        ConsumedBatch consumed = new ConsumedBatch(new TopicPartition(Topics.NPS_CASE_EVENTS, 0), "nps-events", records);
        inbox.processPreparedBatch("monitoring-service", consumed.batch(), monitoring::begin).toCompletableFuture().join();
        return consumed;
    }

    private static List<String> timeline(String caseId) {
        return given().get("/api/v1/cases/{id}/timeline", caseId).then().statusCode(200).extract().jsonPath()
                .getList("eventId", String.class);
    }

    private static List<String> alertStatuses(String caseId, String type) {
        return given().get("/api/v1/cases/{id}/alerts", caseId).then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.type == '" + type + "' }.status", String.class);
    }
}
