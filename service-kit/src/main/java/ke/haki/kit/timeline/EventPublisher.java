package ke.haki.kit.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventPayload;
import ke.haki.kit.outbox.Outbox;

/**
 * Publishes a service's own event: appends it to the outbox and to the case's timeline, both in
 * the caller's transaction, so the change, its event and its timeline entry commit together.
 * Events consumed from another agency go on the timeline only ({@link #record}).
 */
@ApplicationScoped
public class EventPublisher {

    @Inject
    Outbox outbox;

    @Inject
    Timeline timeline;

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseEvent publish(EventSource source, EventPayload payload) {
        CaseEvent event = outbox.append(source.caseId(), source.actingUnit(), payload);
        timeline.record(event);
        return event;
    }

    /** An event consumed from another agency, on the case's timeline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CaseEvent event) {
        timeline.record(event);
    }
}
