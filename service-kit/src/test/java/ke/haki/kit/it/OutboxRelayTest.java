package ke.haki.kit.it;

import static ke.haki.kit.it.KitApp.count;
import static ke.haki.kit.it.KitApp.sequences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.kit.outbox.OutboxBacklog;
import ke.haki.kit.outbox.OutboxRelay;
import ke.haki.kit.testapp.Notes;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.KafkaOutage;
import ke.haki.testsupport.TopicReader;

/**
 * The relay's contract (ADR 0001): rows go out in id order per case and are marked published once
 * the broker acknowledged them; a row the broker can never take is quarantined and only its own
 * case's later rows wait behind it; an outage only delays publication.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.kit", roles = "police-officer")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxRelayTest {

    @Inject
    Notes notes;

    @Inject
    OutboxBacklog backlog;

    @Test
    @Order(1)
    void publishesEachCaseInOrderAndMarksEveryRowPublished() {
        String a = KitApp.createCase();
        String b = KitApp.createCase();
        KitApp.appendEvents(a, 2);
        KitApp.appendEvents(b, 2);
        KitApp.appendEvents(a, 2);
        try (TopicReader reader = new TopicReader(KitApp.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            reader.recordsFor(a, 5, Duration.ofSeconds(30));
            reader.recordsFor(b, 3, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> all = reader.drain();
            assertThat(sequences(all, a)).containsExactly(seq(1), seq(2), seq(3), seq(4), seq(5));
            assertThat(sequences(all, b)).containsExactly(seq(1), seq(2), seq(3));
            assertThat(all.stream().filter(r -> a.equals(r.key())).map(r -> r.value()).distinct()).hasSize(5);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                count("select count(*) from outbox_event where case_id in (?, ?) and published_at is null", a, b)).isZero());
        assertThat(count("select count(*) from outbox_event where case_id in (?, ?) and published_at is not null"
                + " and quarantined_at is null and attempts = 0", a, b)).isEqualTo(8);
    }

    @Test
    @Order(2)
    void aRowTheBrokerRejectsIsQuarantinedAndOnlyItsOwnCaseWaitsBehindIt() throws Exception {
        String a;
        String b;
        try (Connection pause = KitApp.db().getConnection()) {
            // hold the relay's lock, so every row is written before the relay sees any
            KitApp.execute(pause, "select pg_advisory_lock(?)", OutboxRelay.ADVISORY_LOCK_KEY);
            try {
                a = KitApp.createCase();
                notes.appendOdpp(a, "x".repeat(2 * 1024 * 1024)); // over the producer's 1 MiB record limit
                KitApp.appendEvents(a, 1);
                b = KitApp.createCase();
                KitApp.appendEvents(b, 1);
            } finally {
                KitApp.execute(pause, "select pg_advisory_unlock(?)", OutboxRelay.ADVISORY_LOCK_KEY);
            }
        }
        long rejected = count("select id from outbox_event where case_id = ? and topic = ?", a, Topics.ODPP_CASE_EVENTS);
        try (TopicReader reader = new TopicReader(KitApp.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            assertThat(reader.recordsFor(b, 2, Duration.ofSeconds(30))).as("another case flows").hasSize(2);
            assertThat(sequences(reader.drain(), a)).as("the case up to the rejected row").containsExactly(seq(1));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat((String) KitApp.single(
                "select quarantine_reason from outbox_event where id = ? and quarantined_at is not null", rejected))
                .startsWith("rejected: RecordTooLargeException").doesNotContain("xxxx"));
        assertThat(count("select count(*) from outbox_event where case_id = ? and topic = ? and sequence = 2"
                + " and quarantined_at is null and published_at is null", a, Topics.NPS_CASE_EVENTS))
                .as("the case's later row, on another topic, is held").isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(backlog.snapshot().quarantined()).isEqualTo(1);
            assertThat(backlog.snapshot().held()).isEqualTo(1);
        });

        release(rejected, "PR-1");
        try (TopicReader nps = new TopicReader(KitApp.bootstrapServers(), Topics.NPS_CASE_EVENTS);
                TopicReader odpp = new TopicReader(KitApp.bootstrapServers(), Topics.ODPP_CASE_EVENTS)) {
            nps.recordsFor(a, 2, Duration.ofSeconds(30));
            assertThat(sequences(nps.drain(), a)).as("the case follows in order, each once").containsExactly(seq(1), seq(2));
            assertThat(odpp.recordsFor(a, 1, Duration.ofSeconds(30))).singleElement()
                    .satisfies(r -> assertThat(r.value()).contains("PR-1"));
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(backlog.snapshot().quarantined()).isZero());
    }

    @Test
    @Order(3)
    void anOutageOnlyDelaysPublicationAndQuarantinesNothing() {
        String a;
        KafkaOutage.begin();
        try {
            a = KitApp.createCase();
            KitApp.appendEvents(a, 2);
            // the relay tried the case's first row and failed, twice; its later rows were not even sent
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    count("select attempts from outbox_event where case_id = ? and sequence = 1", a)).isGreaterThanOrEqualTo(2));
            assertThat(count("select count(*) from outbox_event where case_id = ? and published_at is null"
                    + " and quarantined_at is null", a)).isEqualTo(3);
            assertThat((String) KitApp.single("select last_error from outbox_event where case_id = ? and sequence = 1", a))
                    .startsWith("not acknowledged");
        } finally {
            KafkaOutage.end();
        }
        try (TopicReader reader = new TopicReader(KitApp.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            reader.recordsFor(a, 3, Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> copies = reader.drain().stream().filter(r -> a.equals(r.key())).toList();
            // at least once (ADR 0001): the first copy of each event in order, any repeat the same record
            Map<String, String> firstById = new HashMap<>();
            List<String> firstSequences = new ArrayList<>();
            for (ConsumerRecord<String, String> r : copies) {
                String id = TopicReader.header(r, CloudEventHeaders.ID);
                String before = firstById.putIfAbsent(id, r.value());
                if (before == null) {
                    firstSequences.add(TopicReader.header(r, CloudEventHeaders.SEQUENCE));
                } else {
                    assertThat(r.value()).as("a repeat is the same event").isEqualTo(before);
                }
            }
            assertThat(firstSequences).containsExactly(seq(1), seq(2), seq(3));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                count("select count(*) from outbox_event where case_id = ? and published_at is null", a)).isZero());
        assertThat(count("select count(*) from outbox_event where case_id = ? and quarantined_at is not null", a)).isZero();
    }

    /** The runbook's release: the payload repaired, the quarantine cleared. */
    private static void release(long id, String prosecutorRef) throws Exception {
        CaseEvent stored = EventCodec.fromJson((String) KitApp.single("select event_json from outbox_event where id = ?", id));
        ProsecutorAssigned payload = (ProsecutorAssigned) stored.payload();
        CaseEvent repaired = new CaseEvent(stored.eventId(), stored.type(), stored.caseId(), stored.sequence(),
                stored.occurredAt(), stored.actingUnit(), new ProsecutorAssigned(payload.odppFileNumber(), prosecutorRef));
        try (Connection c = KitApp.db().getConnection()) {
            assertThat(KitApp.update(c, "update outbox_event set event_json = ?, quarantined_at = null,"
                    + " quarantine_reason = null where id = ? and published_at is null", EventCodec.toJson(repaired), id))
                    .isEqualTo(1);
        }
    }

    private static String seq(long n) {
        return CloudEventHeaders.sequence(n);
    }
}
