package ke.haki.prosecution.it;

import static ke.haki.prosecution.it.ProsecutionApi.awaitFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.InvestigationUpdated.InvestigationStep;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.kit.inbox.IdempotentConsumer;
import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.MedicalForm;
import ke.haki.law.Offence;
import ke.haki.law.Sex;
import ke.haki.law.SuspectRelationship;
import ke.haki.prosecution.service.PoliceEventProjector;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;
import ke.haki.testsupport.TopicWriter;

/**
 * Batched consumption (issue 14): a batch is one transaction, and a poison record in its middle
 * goes alone to the dead-letter topic while the rest of the batch is applied once, in order.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "prosecutor.nairobi", roles = "prosecutor")
@OidcSecurity(claims = { @Claim(key = "county_code", value = "047"), @Claim(key = "office_code", value = "ODPP-NRB") })
class BatchConsumptionTest {

    private static final String DEAD_LETTER_REASON = "dead-letter-reason";

    @Inject
    IdempotentConsumer inbox;

    @Inject
    PoliceEventProjector projector;

    @Inject
    EntityManager em;

    /** Nine events of one case in one batch; the fourth is refused by the handler, the sixth is not JSON. */
    @Test
    void onePoisonRecordInABatchIsDeadLetteredAloneAndARedeliveredBatchChangesNothing() {
        PoliceFeed police = PoliceFeed.nairobi();
        List<CaseEvent> good = new ArrayList<>();
        good.add(police.event(police.reported(Offence.DEFILEMENT)));
        good.add(police.event(new VictimRecorded("V-7KQ2M-9XDHP-4RTWA", 13, AgeBand.AGED_12_TO_15, AgeBasis.BIRTH_DATE,
                Sex.FEMALE, false)));
        good.add(police.event(new InvestigationUpdated(InvestigationStep.WITNESS_INTERVIEWED)));
        CaseEvent refused = police.event(new VictimRecorded("V-7KQ2M-9XDHP-4RTWA", 12, AgeBand.AGED_11_OR_UNDER,
                AgeBasis.DECLARED, Sex.FEMALE, false));
        good.add(police.event(new MedicalEvidenceRecorded(MedicalForm.PRC, LocalDate.of(2026, 4, 10), "Kenyatta National Hospital")));
        good.add(police.event(new InvestigationUpdated(InvestigationStep.OTHER)));
        good.add(police.event(new CaseReferred(1, PoliceFeed.OFFICE, Offence.DEFILEMENT, 0, true)));
        good.add(police.event(new InvestigationUpdated(InvestigationStep.WITNESS_INTERVIEWED)));

        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            records.add(record(records.size(), good.get(i)));
        }
        records.add(record(records.size(), refused));
        records.add(record(records.size(), good.get(3)));
        records.add(new ConsumerRecord<>(Topics.NPS_CASE_EVENTS, 0, records.size(), police.caseId, "{this is not json"));
        for (int i = 4; i < good.size(); i++) {
            records.add(record(records.size(), good.get(i)));
        }

        Outcome first = consume(records);
        assertThat(first.nacked).extracting(n -> n.offset).containsExactlyInAnyOrder(3L, 5L);
        assertThat(first.reason(3)).contains("victim particulars inconsistent");
        assertThat(first.reason(5)).contains("not JSON");
        assertThat(first.acked).as("the batch's last offset is acknowledged").containsExactly((long) records.size() - 1);
        List<UUID> expected = good.stream().map(CaseEvent::eventId).toList();
        assertThat(timeline(police.caseId)).as("every other event once, in order").containsExactlyElementsOf(expected);
        assertThat(awaitFile(police.caseId).getInt("medicalEvidence")).isEqualTo(1);
        assertThat(referralsPublished(police.caseId)).isEqualTo(1);

        Outcome again = consume(records);
        assertThat(timeline(police.caseId)).as("a redelivered batch changes nothing").containsExactlyElementsOf(expected);
        assertThat(referralsPublished(police.caseId)).isEqualTo(1);
        assertThat(again.nacked).extracting(n -> n.offset).containsExactlyInAnyOrder(3L, 5L);
        assertThat(again.acked).containsExactly((long) records.size() - 1);
    }

    /** The same through the real broker and the live consumer: the records are sent together so that they are polled together. */
    @Test
    void throughTheBrokerThePoisonGoesToTheDeadLetterTopicAndTheRestIsAppliedOnceInOrder() {
        PoliceFeed police = PoliceFeed.nairobi();
        String poisonKey = police.caseId;
        List<CaseEvent> good = new ArrayList<>();
        good.add(police.event(police.reported(Offence.DEFILEMENT)));
        good.add(police.event(new InvestigationUpdated(InvestigationStep.WITNESS_INTERVIEWED)));
        good.add(police.event(new InvestigationUpdated(InvestigationStep.OTHER)));
        CaseEvent refused = police.event(new VictimRecorded("V-7KQ2M-9XDHP-4RTWA", 12, AgeBand.AGED_11_OR_UNDER,
                AgeBasis.DECLARED, Sex.FEMALE, false));
        good.add(police.event(new MedicalEvidenceRecorded(MedicalForm.PRC, LocalDate.of(2026, 4, 10), "Kenyatta National Hospital")));
        good.add(police.event(new CaseReferred(1, PoliceFeed.OFFICE, Offence.DEFILEMENT, 0, true)));
        List<ProducerRecord<String, String>> sent = new ArrayList<>();
        good.subList(0, 3).forEach(e -> sent.add(TopicWriter.recordOf(e)));
        sent.add(TopicWriter.recordOf(refused));
        good.subList(3, good.size()).forEach(e -> sent.add(TopicWriter.recordOf(e)));

        try (TopicReader dlq = new TopicReader(PoliceFeed.bootstrapServers(), Topics.PROSECUTION_DLQ);
                TopicWriter writer = new TopicWriter(PoliceFeed.bootstrapServers())) {
            dlq.drain();
            writer.sendAll(sent);
            List<ConsumerRecord<String, String>> dead = dlq.recordsFor(poisonKey, 1, Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
            assertThat(EventCodec.fromJson(dead.get(0).value()).eventId()).isEqualTo(refused.eventId());
            assertThat(TopicReader.header(dead.get(0), DEAD_LETTER_REASON)).contains("victim particulars inconsistent");
            awaitFile(police.caseId, f -> f.getInt("medicalEvidence") == 1);
            List<UUID> expected = good.stream().map(CaseEvent::eventId).toList();
            assertThat(timeline(police.caseId)).containsExactlyElementsOf(expected);

            // the whole batch again, then one new event behind it on the same partition
            writer.sendAll(sent);
            CaseEvent marker = police.event(new InvestigationUpdated(InvestigationStep.OTHER));
            writer.publish(marker);
            List<UUID> withMarker = new ArrayList<>(expected);
            withMarker.add(marker.eventId());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (timeline(police.caseId).size() < withMarker.size() && System.nanoTime() < deadline) {
                ProsecutionApi.sleep(100);
            }
            assertThat(timeline(police.caseId)).as("the redelivered batch changed nothing").containsExactlyElementsOf(withMarker);
            assertThat(referralsPublished(police.caseId)).isEqualTo(1);
            assertThat(dlq.recordsFor(poisonKey, 2, Duration.ofSeconds(10))).as("the poison again, alone").hasSize(2);
        }
    }

    /**
     * The live consumer's effect ({@link PoliceEventProjector#forBatch}): two cases' events
     * interleaved in one batch, read at once, each case's applied in its order (an arrest after the
     * suspect recorded earlier in the batch, the referral's own event after the police events
     * before it), a copy of an event within the batch applied once, a misfit alone refused.
     */
    @Test
    void aBatchOfSeveralCasesIsAppliedPerCaseInOrderItsCopiesOnceAndOnlyItsMisfitRefused() {
        PoliceFeed a = PoliceFeed.nairobi();
        PoliceFeed b = PoliceFeed.nairobi();
        CaseEvent copied = a.event(new InvestigationUpdated(InvestigationStep.STATEMENT_RECORDED));
        CaseEvent misfit = b.event(SuspectArraigned.coded("S9", java.time.Instant.parse("2026-04-11T08:00:00Z"), "KIBERA", true));
        List<CaseEvent> goodA = List.of(a.event(a.reported(Offence.DEFILEMENT)),
                a.event(new VictimRecorded("V-7KQ2M-9XDHP-4RTWA", 13, AgeBand.AGED_12_TO_15, AgeBasis.BIRTH_DATE, Sex.FEMALE, false)),
                a.event(new SuspectRecorded("S1", 30, SuspectRelationship.FAMILY_ACQUAINTANCE)), copied,
                a.event(new CaseReferred(1, PoliceFeed.OFFICE, Offence.DEFILEMENT, 0, true)));
        List<CaseEvent> goodB = List.of(b.event(b.reported(Offence.DEFILEMENT)),
                b.event(new SuspectRecorded("S1", 41, SuspectRelationship.NEIGHBOUR)),
                b.event(new SuspectArrested("S1", java.time.Instant.parse("2026-04-10T09:00:00Z"),
                        java.time.Instant.parse("2026-04-11T09:00:00Z"))),
                b.event(new MedicalEvidenceRecorded(MedicalForm.PRC, LocalDate.of(2026, 4, 10), "Kenyatta National Hospital")));
        List<CaseEvent> sent = List.of(goodA.get(0), goodB.get(0), goodA.get(1), goodB.get(1), goodA.get(2), goodB.get(2),
                copied, misfit, copied, goodB.get(3), goodA.get(4));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        sent.forEach(e -> records.add(record(records.size(), e)));

        Outcome outcome = consume(records, projector.forBatch(List.of(a.caseId, b.caseId)));
        assertThat(outcome.nacked).extracting(n -> n.offset).containsExactly(7L);
        assertThat(outcome.reason(7)).contains("unknown suspect S9");
        assertThat(timeline(a.caseId)).containsExactlyElementsOf(goodA.stream().map(CaseEvent::eventId).toList());
        assertThat(timeline(b.caseId)).containsExactlyElementsOf(goodB.stream().map(CaseEvent::eventId).toList());
        assertThat(timelineTypes(a.caseId)).as("the referral's own event comes before the referral's entry")
                .endsWith("ke.odpp.referral.received.v1", "ke.nps.case.referred.v1");
        assertThat(referralsPublished(a.caseId)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select investigation_updates from case_projection where case_id = ?1").setParameter(1, a.caseId)
                .getSingleResult()).intValue())).as("the copy applied once").isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select arrested_at is not null from case_suspect where case_id = ?1").setParameter(1, b.caseId)
                .getResultList())).containsExactly(true);
        assertThat(awaitFile(a.caseId).getList("suspects.suspectRef")).containsExactly("S1");
    }

    private record Nack(long offset, String reason) {}

    private record Outcome(List<Nack> nacked, List<Long> acked) {
        String reason(long offset) {
            return nacked.stream().filter(n -> n.offset == offset).findFirst().orElseThrow().reason;
        }
    }

    private Outcome consume(List<ConsumerRecord<String, String>> records) {
        return consume(records, projector::apply);
    }

    private Outcome consume(List<ConsumerRecord<String, String>> records, Consumer<CaseEvent> effect) {
        List<Nack> nacked = new CopyOnWriteArrayList<>();
        List<Long> acked = new CopyOnWriteArrayList<>();
        IncomingKafkaRecordBatch<String, String> batch = new IncomingKafkaRecordBatch<>(
                new ConsumerRecords<>(Map.of(new TopicPartition(Topics.NPS_CASE_EVENTS, 0), records), Map.of()),
                "nps-events", 0,
                new KafkaCommitHandler() {
                    @Override
                    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
                        acked.add(record.getOffset());
                        return Uni.createFrom().voidItem();
                    }
                },
                new KafkaFailureHandler() {
                    @Override
                    public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                        nacked.add(new Nack(record.getOffset(), reason.getMessage()));
                        return Uni.createFrom().voidItem();
                    }
                }, false, false);
        inbox.processBatch("prosecution-service", batch, effect).toCompletableFuture().join();
        return new Outcome(List.copyOf(nacked), List.copyOf(acked));
    }

    private static ConsumerRecord<String, String> record(long offset, CaseEvent event) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.NPS_CASE_EVENTS, 0, offset, event.caseId(),
                EventCodec.toJson(event));
        CloudEventHeaders.of(event).forEach((k, v) -> record.headers().add(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return record;
    }

    private List<UUID> timeline(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select event_id from timeline_entry where case_id = ?1 and event_type like 'ke.nps.%' order by id", UUID.class)
                .setParameter(1, caseId).getResultList().stream().map(UUID.class::cast).toList());
    }

    private List<String> timelineTypes(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select event_type from timeline_entry where case_id = ?1 order by id", String.class)
                .setParameter(1, caseId).getResultList().stream().map(String.class::cast).toList());
    }

    private long referralsPublished(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where case_id = ?1 and event_type = 'ke.odpp.referral.received.v1'")
                .setParameter(1, caseId).getSingleResult()).longValue());
    }
}
