import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.EventPayload;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.law.Sex;
import ke.haki.law.SuspectRelationship;

/**
 * Writes a backlog of fictional police events to nps.case-events.v1, exactly as the police service
 * publishes them (binary CloudEvents, key = case id, per-case sequence 1..5): per case a report,
 * the victim (pseudonym, age), a suspect and two investigation updates.
 * Usage: java -cp 'monitoring-service/target/quarkus-app/lib/main/*' SeedNpsBacklog.java BOOTSTRAP CASES
 */
public class SeedNpsBacklog {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int cases = Integer.parseInt(args[1]);
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("acks", "all");
        props.put("linger.ms", "20");
        props.put("batch.size", "262144");
        props.put("key.serializer", StringSerializer.class.getName());
        props.put("value.serializer", StringSerializer.class.getName());
        ActingUnit station = new ActingUnit(Agency.NPS, "NRB-KILIMANI", "047");
        Instant at = Instant.now();
        long events = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < cases; i++) {
                String caseId = UUID.randomUUID().toString();
                List<EventPayload> payloads = List.of(
                        new CaseReported("OB " + i + "/1/12/2026", station.unitCode(), station.countyCode(), Offence.DEFILEMENT,
                                LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(1), at),
                        new VictimRecorded("V-BENCH-" + i, 13, AgeBand.ofAge(13), AgeBasis.BIRTH_DATE, Sex.FEMALE, false),
                        new SuspectRecorded("S1", 30, SuspectRelationship.FAMILY_ACQUAINTANCE),
                        new InvestigationUpdated(InvestigationUpdated.InvestigationStep.STATEMENT_RECORDED),
                        new InvestigationUpdated(InvestigationUpdated.InvestigationStep.WITNESS_INTERVIEWED));
                for (int s = 0; s < payloads.size(); s++) {
                    CaseEvent event = CaseEvent.of(UUID.randomUUID(), caseId, s + 1, at, station, payloads.get(s));
                    RecordHeaders headers = new RecordHeaders();
                    CloudEventHeaders.of(event).forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
                    producer.send(new ProducerRecord<>(event.topic(), null, caseId, EventCodec.toJson(event), headers));
                    events++;
                }
            }
            producer.flush();
        }
        System.out.println(events);
    }
}
