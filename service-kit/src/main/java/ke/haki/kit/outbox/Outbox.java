package ke.haki.kit.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventCodec;
import ke.haki.contract.EventPayload;
import ke.haki.kit.tracing.TraceContext;

/**
 * Appends events to the transactional outbox. Must be called inside the transaction that makes
 * the state change, so the change and its event commit together or not at all. Gives each case
 * a gap-free sequence number per topic, and keeps the trace it was written in (sent on as
 * {@code traceparent} by the relay).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OutboxRelay relay;

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseEvent append(String caseId, ActingUnit actingUnit, EventPayload payload) {
        Instant now = clock.instant();
        CaseEvent draft = CaseEvent.of(UUID.randomUUID(), caseId, 1, now, actingUnit, payload);
        long sequence = nextSequence(caseId, draft.topic());
        CaseEvent event = new CaseEvent(draft.eventId(), draft.type(), caseId, sequence, now, actingUnit, payload);
        em.createNativeQuery("""
                insert into outbox_event (event_id, case_id, sequence, topic, event_type, event_json, created_at, trace_parent)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as varchar))""")
                .setParameter(1, event.eventId())
                .setParameter(2, caseId)
                .setParameter(3, sequence)
                .setParameter(4, event.topic())
                .setParameter(5, event.type().typeName())
                .setParameter(6, EventCodec.toJson(event))
                .setParameter(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(8, TraceContext.currentTraceParent())
                .executeUpdate();
        relay.wakeUpAfterCommit();
        return event;
    }

    private long nextSequence(String caseId, String topic) {
        Number next = (Number) em.createNativeQuery("""
                insert into outbox_case_sequence (case_id, topic, last_sequence) values (?1, ?2, 1)
                on conflict (case_id, topic)
                do update set last_sequence = outbox_case_sequence.last_sequence + 1
                returning last_sequence""")
                .setParameter(1, caseId)
                .setParameter(2, topic)
                .getSingleResult();
        return next.longValue();
    }
}
