package ke.haki.prosecution.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ke.haki.law.SuspectRelationship;

/** A suspect as the police published it: a reference, age and relationship, never a name. */
@Entity
@Table(name = "case_suspect")
public class CaseSuspectEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public String caseId;

    @Column(name = "suspect_ref")
    public String suspectRef;

    @Column(name = "age_years")
    public Integer ageYears;

    @Enumerated(EnumType.STRING)
    public SuspectRelationship relationship;

    @Column(name = "arrested_at")
    public Instant arrestedAt;

    @Column(name = "arraigned_at")
    public Instant arraignedAt;

    @Column(name = "arraigned_in_time")
    public Boolean arraignedInTime;
}
