package ke.haki.prosecution.repository;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.law.Sex;

/** What the police published about a case: the facts ODPP needs to open and charge its file. */
@Entity
@Table(name = "case_projection")
public class CaseProjectionEntity {

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Column(name = "ob_number")
    public String obNumber;

    @Column(name = "station_code")
    public String stationCode;

    @Column(name = "county_code")
    public String countyCode;

    @Enumerated(EnumType.STRING)
    public Offence offence;

    @Column(name = "offence_date")
    public LocalDate offenceDate;

    @Column(name = "victim_pseudonym")
    public String victimPseudonym;

    @Column(name = "victim_age")
    public Integer victimAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_age_band")
    public AgeBand victimAgeBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_age_basis")
    public AgeBasis victimAgeBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_sex")
    public Sex victimSex;

    @Column(name = "medical_evidence_count")
    public int medicalEvidenceCount;

    @Column(name = "investigation_updates")
    public int investigationUpdates;

    @Column(name = "police_closed_reason")
    public String policeClosedReason;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
