package ke.haki.kit.timeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ke.haki.contract.CaseEvent;

/**
 * One event on a case's timeline (table {@code timeline_entry}, db/kit/R__kit_timeline.sql): its
 * id, type, the agency that acted, when, and the event's one-line {@code summary()}. Written by
 * {@link Timeline#record}. The monitoring service keeps a timeline of its own shape (keyed by event
 * id, with unit and sequence) in a table of the same name: this entity is never used there.
 */
@Entity(name = "KitTimelineEntry")
@Table(name = "timeline_entry")
public class TimelineEntry {

    /** The column's length: a longer summary is cut. */
    static final int SUMMARY_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private String caseId;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "event_type")
    private String eventType;

    private String agency;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String summary;

    protected TimelineEntry() {}

    /** The entry of an event: its payload's {@code summary()}, cut to the column's length. */
    public static TimelineEntry of(CaseEvent event) {
        TimelineEntry entry = new TimelineEntry();
        String summary = event.payload().summary();
        entry.caseId = event.caseId();
        entry.eventId = event.eventId();
        entry.eventType = event.type().typeName();
        entry.agency = event.actingUnit().agency().name();
        entry.occurredAt = event.occurredAt();
        entry.summary = summary.length() > SUMMARY_LENGTH ? summary.substring(0, SUMMARY_LENGTH) : summary;
        return entry;
    }

    public String caseId() {
        return caseId;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String agency() {
        return agency;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String summary() {
        return summary;
    }
}
