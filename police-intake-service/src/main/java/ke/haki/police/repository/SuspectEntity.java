package ke.haki.police.repository;

import ke.haki.contract.nps.SuspectReleased.ReleaseTerms;

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


import ke.haki.law.SuspectRelationship;

import ke.haki.police.crypto.SensitiveText;

@Entity
@Table(name = "suspect")
public class SuspectEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public String caseId;

    @Column(name = "suspect_ref")
    public String suspectRef;

    /** Encrypted at rest ({@link SensitiveText}). */
    @Convert(converter = SensitiveText.SuspectName.class)
    @Column(name = "full_name")
    public String fullName;

    @Column(name = "age_years")
    public Integer ageYears;

    @Enumerated(EnumType.STRING)
    public SuspectRelationship relationship;

    @Column(name = "arrested_at")
    public Instant arrestedAt;

    @Column(name = "arraigned_at")
    public Instant arraignedAt;

    @Column(name = "arraignment_court")
    public String arraignmentCourt;

    /** The court's code published in place of its name (ADR 0005). */
    @Column(name = "arraignment_court_code")
    public String arraignmentCourtCode;

    @Column(name = "arraigned_in_time")
    public Boolean arraignedInTime;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_terms")
    public ReleaseTerms releaseTerms;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Override
    public String toString() {
        return "Suspect[" + caseId + "/" + suspectRef + "]";
    }
}
