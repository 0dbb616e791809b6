package ke.haki.prosecution.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventPayload;
import ke.haki.kit.outbox.Outbox;
import ke.haki.prosecution.repository.ProsecutionFileEntity;
import ke.haki.prosecution.repository.TimelineEntryEntity;
import ke.haki.prosecution.repository.TimelineRepository;

/** Records an ODPP event twice in the caller's transaction: in the outbox and on the file's timeline. */
@ApplicationScoped
public class FileEventPublisher {

    @Inject
    Outbox outbox;

    @Inject
    TimelineRepository timeline;

    public CaseEvent publish(ProsecutionFileEntity file, EventPayload payload) {
        ActingUnit unit = new ActingUnit(Agency.ODPP, file.officeCode, file.countyCode);
        CaseEvent event = outbox.append(file.caseId, unit, payload);
        record(event);
        return event;
    }

    /** The event's one-line {@link EventPayload#summary()}, on the timeline. */
    public void record(CaseEvent event) {
        String summary = event.payload().summary();
        TimelineEntryEntity entry = new TimelineEntryEntity();
        entry.caseId = event.caseId();
        entry.eventId = event.eventId();
        entry.eventType = event.type().typeName();
        entry.agency = event.actingUnit().agency().name();
        entry.occurredAt = event.occurredAt();
        entry.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        timeline.persist(entry);
    }
}
