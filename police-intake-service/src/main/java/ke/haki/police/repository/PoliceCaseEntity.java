package ke.haki.police.repository;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.kit.timeline.EventSource;
import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.law.Sex;
import ke.haki.police.domain.CaseStatus;

import ke.haki.police.crypto.SensitiveText;

@Entity
@Table(name = "police_case")
public class PoliceCaseEntity implements EventSource {

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

    /** Encrypted at rest ({@link SensitiveText}). */
    @Convert(converter = SensitiveText.OffencePlace.class)
    @Column(name = "offence_place")
    public String offencePlace;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Column(name = "referral_count")
    public int referralCount;

    @Column(name = "odpp_office_code")
    public String odppOfficeCode;

    @Column(name = "odpp_file_number")
    public String odppFileNumber;

    @Column(name = "court_case_number")
    public String courtCaseNumber;

    public String verdict;

    @Column(name = "closure_reason")
    public String closureReason;

    @Column(name = "victim_pseudonym")
    public String victimPseudonym;

    @Column(name = "victim_age")
    public Integer victimAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_age_basis")
    public AgeBasis victimAgeBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_age_band")
    public AgeBand victimAgeBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_sex")
    public Sex victimSex;

    @Column(name = "victim_disability")
    public Boolean victimDisability;

    /** The child's identity, encrypted (see VictimDataProtector). Never logged, never published. */
    @Column(name = "victim_identity")
    public String victimIdentityCiphertext;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public boolean victimRecorded() {
        return victimPseudonym != null && victimAge != null;
    }

    @Override
    public String caseId() {
        return caseId;
    }

    /** The police station that holds the case. */
    @Override
    public ActingUnit actingUnit() {
        return new ActingUnit(Agency.NPS, stationCode, countyCode);
    }

    @Override
    public String toString() {
        return "PoliceCase[" + caseId + ", " + status + "]";
    }
}
