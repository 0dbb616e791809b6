package ke.haki.police.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ke.haki.police.crypto.SensitiveText;

/**
 * The note sent with a closure or a re-submission (table {@code case_note}), keyed on the event it
 * accompanied: shown beside that event on the case's timeline, to police users only.
 */
@Entity
@Table(name = "case_note")
public class CaseNoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public String caseId;

    @Column(name = "event_id")
    public UUID eventId;

    /** Encrypted at rest ({@link SensitiveText}). */
    @Convert(converter = SensitiveText.CaseNote.class)
    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
