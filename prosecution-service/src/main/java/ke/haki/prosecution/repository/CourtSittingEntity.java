package ke.haki.prosecution.repository;

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

import ke.haki.contract.odpp.CourtSittingRecorded.AdjournmentReason;
import ke.haki.contract.odpp.CourtSittingRecorded.SittingKind;

@Entity
@Table(name = "court_sitting")
public class CourtSittingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public String caseId;

    @Enumerated(EnumType.STRING)
    public SittingKind kind;

    @Column(name = "sitting_date")
    public LocalDate sittingDate;

    public boolean adjourned;

    @Enumerated(EnumType.STRING)
    @Column(name = "adjournment_reason")
    public AdjournmentReason adjournmentReason;

    @Column(name = "next_date")
    public LocalDate nextDate;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
