package ke.haki.monitoring.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ke.haki.contract.odpp.CourtSittingRecorded.AdjournmentReason;
import ke.haki.kit.court.JudgmentColumns;
import ke.haki.law.AgeBand;
import ke.haki.law.Offence;
import ke.haki.monitoring.domain.Stage;

/** The NGEC's pseudonymised row of a case: stage, identifiers, timers. */
@Entity
@Table(name = "monitored_case")
public class MonitoredCaseEntity extends JudgmentColumns {

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "station_code")
    public String stationCode;

    @Enumerated(EnumType.STRING)
    public Offence offence;

    @Column(name = "victim_pseudonym")
    public String victimPseudonym;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_age_band")
    public AgeBand victimAgeBand;

    @Column(name = "ob_number")
    public String obNumber;

    @Column(name = "odpp_file_number")
    public String odppFileNumber;

    @Column(name = "court_case_number")
    public String courtCaseNumber;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "charged_at")
    public Instant chargedAt;

    @Column(name = "judgment_at")
    public Instant judgmentAt;

    public String verdict;

    @Column(name = "victim_age")
    public Integer victimAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "adjournment_reason")
    public AdjournmentReason adjournmentReason;

    @Column(name = "adjournment_streak")
    public int adjournmentStreak;

    @Column(name = "adjournment_streak_since")
    public java.time.LocalDate adjournmentStreakSince;

    @Column(name = "trial_delay_alerted")
    public boolean trialDelayAlerted;

    @Column(name = "sentence_flagged_below")
    public Boolean sentenceFlaggedBelow;

    @Column(name = "prohibited_attempts")
    public int prohibitedAttempts;

    @Column(name = "last_event_at")
    public Instant lastEventAt;

    @Column(name = "last_progress_at")
    public Instant lastProgressAt;

    @Column(name = "last_nps_sequence")
    public long lastNpsSequence;

    @Column(name = "last_odpp_sequence")
    public long lastOdppSequence;

    @Column(name = "quiet_due_at")
    public Instant quietDueAt;

    @Column(name = "next_deadline_at")
    public Instant nextDeadlineAt;

    @Column(name = "deadline_kind")
    public String deadlineKind;
}
