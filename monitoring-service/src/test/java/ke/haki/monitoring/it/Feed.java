package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.response.Response;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventPayload;
import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.law.Sex;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.testsupport.TopicWriter;

/**
 * Publishes one case's events through the real broker as the police and ODPP services do, with
 * their per-case sequence numbers, and waits until the monitor has applied them.
 */
final class Feed implements AutoCloseable {

    final String caseId = UUID.randomUUID().toString();
    final ActingUnit station;
    final ActingUnit office;
    private final TopicWriter writer = new TopicWriter(bootstrapServers());
    private long npsSequence;
    private long odppSequence;
    private int published;

    Feed(String countyCode, String stationCode) {
        station = new ActingUnit(Agency.NPS, stationCode, countyCode);
        office = new ActingUnit(Agency.ODPP, "ODPP-" + countyCode, countyCode);
    }

    static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    CaseEvent nps(Instant at, EventPayload payload) {
        return publish(CaseEvent.of(UUID.randomUUID(), caseId, ++npsSequence, at, station, payload));
    }

    CaseEvent odpp(Instant at, EventPayload payload) {
        return publish(CaseEvent.of(UUID.randomUUID(), caseId, ++odppSequence, at, office, payload));
    }

    /** An NPS event with a sequence number of the test's choosing (to make a gap). */
    CaseEvent npsNumbered(long sequence, Instant at, EventPayload payload) {
        npsSequence = Math.max(npsSequence, sequence);
        return publish(CaseEvent.of(UUID.randomUUID(), caseId, sequence, at, station, payload));
    }

    /** Publishes without waiting (for a case the calling monitor may not see). */
    CaseEvent npsNoWait(Instant at, EventPayload payload) {
        CaseEvent event = CaseEvent.of(UUID.randomUUID(), caseId, ++npsSequence, at, station, payload);
        writer.publish(event);
        published++;
        return event;
    }

    /** An ODPP event published without waiting (one the monitor is expected to refuse). */
    CaseEvent odppNoWait(Instant at, EventPayload payload) {
        CaseEvent event = CaseEvent.of(UUID.randomUUID(), caseId, ++odppSequence, at, office, payload);
        writer.publish(event);
        return event;
    }

    /** An NPS event published without waiting and without counting it on the timeline (one the monitor refuses). */
    CaseEvent npsRefused(Instant at, EventPayload payload) {
        CaseEvent event = CaseEvent.of(UUID.randomUUID(), caseId, ++npsSequence, at, station, payload);
        writer.publish(event);
        return event;
    }

    /** Publishes an event again (a redelivery): it must change nothing. */
    void redeliver(CaseEvent event) {
        writer.publish(event);
    }

    CaseEvent publish(CaseEvent event) {
        writer.publish(event);
        published++;
        awaitTimeline(published);
        return event;
    }

    CaseEvent report(Instant at, Offence offence) {
        return nps(at, new CaseReported("OB " + (published + 1) + "/10/4/2026", station.unitCode(), station.countyCode(),
                offence, LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(1), at));
    }

    CaseEvent victim(Instant at, int age) {
        return nps(at, new VictimRecorded("V-TEST-" + caseId.substring(0, 4).toUpperCase(), age, AgeBand.ofAge(age),
                AgeBasis.BIRTH_DATE, Sex.FEMALE, false));
    }

    void awaitTimeline(int entries) {
        await("timeline of " + caseId + " has " + entries + " entries", () -> {
            Response r = given().get("/api/v1/cases/{id}/timeline", caseId);
            return r.statusCode() == 200 && r.jsonPath().getList("$").size() >= entries;
        });
    }

    List<String> alertStatuses(String type) {
        return given().get("/api/v1/cases/{id}/alerts", caseId).then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.type == '" + type + "' }.status", String.class);
    }

    static void await(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
