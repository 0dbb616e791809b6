package ke.haki.police.repository;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


import ke.haki.law.MedicalForm;

@Entity
@Table(name = "medical_evidence")
public class MedicalEvidenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public String caseId;

    @Enumerated(EnumType.STRING)
    public MedicalForm form;

    @Column(name = "examined_on")
    public LocalDate examinedOn;

    public String facility;

    /** The KMHFL code published in place of the name (ADR 0005). */
    @Column(name = "facility_code")
    public String facilityCode;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
