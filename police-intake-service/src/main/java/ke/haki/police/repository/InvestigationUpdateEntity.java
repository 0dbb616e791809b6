package ke.haki.police.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


import ke.haki.contract.nps.InvestigationUpdated.InvestigationStep;

import ke.haki.police.crypto.SensitiveText;

@Entity
@Table(name = "investigation_update")
public class InvestigationUpdateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public String caseId;

    @Enumerated(EnumType.STRING)
    public InvestigationStep step;

    /** Encrypted at rest ({@link SensitiveText}). */
    @Convert(converter = SensitiveText.InvestigationNote.class)
    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
