package ke.haki.monitoring.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "timeline_entry")
public class TimelineEntryEntity {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "case_id")
    public String caseId;

    @Column(name = "event_type")
    public String eventType;

    public String agency;

    @Column(name = "unit_code")
    public String unitCode;

    public long sequence;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String summary;
}
