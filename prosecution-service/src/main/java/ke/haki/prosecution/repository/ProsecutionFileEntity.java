package ke.haki.prosecution.repository;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ke.haki.contract.ActingUnit;
import ke.haki.contract.Agency;
import ke.haki.contract.odpp.AppealDecided.AppealOutcome;
import ke.haki.contract.odpp.AppealFiled.Appellant;
import ke.haki.contract.odpp.ChargeApproved.OverrideReason;
import ke.haki.contract.odpp.ChargeDeclined.DeclineReason;
import ke.haki.contract.odpp.DiversionConcluded.DiversionOutcome;
import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.contract.odpp.PleaRecorded.Plea;
import ke.haki.kit.court.JudgmentColumns;
import ke.haki.kit.timeline.EventSource;
import ke.haki.prosecution.domain.FileStatus;

/** The ODPP file of a case; its key is the cross-agency case id. */
@Entity
@Table(name = "prosecution_file")
public class ProsecutionFileEntity extends JudgmentColumns implements EventSource {

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Column(name = "file_number")
    public String fileNumber;

    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "office_code")
    public String officeCode;

    @Enumerated(EnumType.STRING)
    public FileStatus status;

    @Column(name = "referral_number")
    public int referralNumber;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "prosecutor_ref")
    public String prosecutorRef;

    @Column(name = "evidential_test_met")
    public Boolean evidentialTestMet;

    @Column(name = "public_interest_test_met")
    public Boolean publicInterestTestMet;

    @Column(name = "proposed_statute")
    public String proposedStatute;

    @Column(name = "override_reason")
    public String overrideReason;

    /** What the other agencies see of the override reason (ADR 0005). */
    @Enumerated(EnumType.STRING)
    @Column(name = "override_reason_code")
    public OverrideReason overrideReasonCode;

    @Column(name = "direction_codes_json")
    public String directionCodesJson;

    @Column(name = "court_code")
    public String courtCode;

    @Column(name = "appeal_court_code")
    public String appealCourtCode;

    @Column(name = "counts_json")
    public String countsJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    public DeclineReason declineReason;

    @Column(name = "directions_json")
    public String directionsJson;

    @Column(name = "respond_by")
    public LocalDate respondBy;

    @Column(name = "court_station")
    public String courtStation;

    @Column(name = "court_case_number")
    public String courtCaseNumber;

    @Column(name = "charge_filed_on")
    public LocalDate chargeFiledOn;

    @Enumerated(EnumType.STRING)
    public Plea plea;

    @Column(name = "plea_on")
    public LocalDate pleaOn;

    @Column(name = "next_court_date")
    public LocalDate nextCourtDate;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    @Column(name = "judgment_on")
    public LocalDate judgmentOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "ruling_reference")
    public String rulingReference;

    @Column(name = "diverted_on")
    public LocalDate divertedOn;

    @Column(name = "diversion_programme")
    public String diversionProgramme;

    @Enumerated(EnumType.STRING)
    @Column(name = "diversion_outcome")
    public DiversionOutcome diversionOutcome;

    @Column(name = "diversion_concluded_on")
    public LocalDate diversionConcludedOn;

    /** The supervising officer's words on how the diversion ended: kept here, never published (ADR 0005). */
    @Column(name = "diversion_reason")
    public String diversionReason;

    @Column(name = "minimum_life")
    public Boolean minimumLife;

    @Column(name = "minimum_years")
    public Integer minimumYears;

    @Column(name = "minimum_statute")
    public String minimumStatute;

    @Column(name = "below_minimum")
    public Boolean belowMinimum;

    @Column(name = "appeal_court")
    public String appealCourt;

    @Enumerated(EnumType.STRING)
    public Appellant appellant;

    @Column(name = "appeal_filed_on")
    public LocalDate appealFiledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    public AppealOutcome appealOutcome;

    @Column(name = "appeal_decided_on")
    public LocalDate appealDecidedOn;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    @Override
    public String caseId() {
        return caseId;
    }

    /** The ODPP office that holds the file. */
    @Override
    public ActingUnit actingUnit() {
        return new ActingUnit(Agency.ODPP, officeCode, countyCode);
    }

    @Override
    public String toString() {
        return "ProsecutionFile[" + fileNumber + ", " + caseId + ", " + status + "]";
    }
}
