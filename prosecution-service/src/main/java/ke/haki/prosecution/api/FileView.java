package ke.haki.prosecution.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.law.AgeBand;
import ke.haki.law.CourtEnding;
import ke.haki.law.AgeBasis;
import ke.haki.law.Offence;
import ke.haki.contract.odpp.ChargeApproved.OverrideReason;
import ke.haki.contract.odpp.ReturnedForInvestigation.Direction;
import ke.haki.contract.odpp.AppealDecided.AppealOutcome;
import ke.haki.contract.odpp.AppealFiled.Appellant;
import ke.haki.contract.odpp.ChargeDeclined.DeclineReason;
import ke.haki.contract.odpp.DiversionConcluded.DiversionOutcome;
import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.contract.odpp.PleaRecorded.Plea;
import ke.haki.prosecution.domain.FileStatus;

@Schema(description = "An ODPP file. The child appears only by pseudonym, age at the offence and age band.")
public record FileView(
        @Schema(description = "Cross-agency case id", examples = "5f0c8f0e-6f1e-4d5b-9c1a-2f4e8b9d7a10") String caseId,
        @Schema(examples = "ODPP/047/2026/000123") String fileNumber,
        @Schema(examples = "047") String countyCode,
        @Schema(examples = "ODPP-NRB") String officeCode,
        @Schema(examples = "NRB-KILIMANI") String policeStation,
        @Schema(examples = "OB 56/10/4/2026") String obNumber,
        Offence offence,
        LocalDate offenceDate,
        FileStatus status,
        @Schema(description = "1 for the first referral, 2 and more after re-submissions") int referralNumber,
        Instant receivedAt,
        @Schema(examples = "prosecutor.nairobi") String prosecutorRef,
        @Schema(examples = "V-7KQ2M-9XDHP-4RTWA") String victimPseudonym,
        Integer victimAgeAtOffence,
        AgeBand victimAgeBand,
        AgeBasis victimAgeBasis,
        List<SuspectView> suspects,
        int medicalEvidence,
        @Schema(description = "The charge the system proposes from the offence and age band (null while the age is unknown)")
        List<CountView> proposedCounts,
        Boolean evidentialTestMet,
        Boolean publicInterestTestMet,
        List<CountView> counts,
        String overrideReason,
        DeclineReason declineReason,
        List<String> directions,
        LocalDate respondBy,
        String courtStation,
        @Schema(examples = "Sexual Offence Case No. E035 of 2026") String courtCaseNumber,
        LocalDate chargeFiledOn,
        Plea plea,
        LocalDate nextCourtDate,
        Verdict verdict,
        LocalDate judgmentOn,
        SentenceView sentence,
        SentenceView statutoryMinimum,
        Boolean belowStatutoryMinimum,
        Appellant appellant,
        String appealCourt,
        AppealOutcome appealOutcome,
        @Schema(description = "How the case ended in court: a decision on the merits (CONVICTION, ACQUITTAL_*), "
                + "or an ending that is not one (recorded as what it is; the NGEC follows it up)") CourtEnding courtEnding,
        @Schema(description = "The offence of the count the accused was convicted on") Offence convictedOffence,
        @Schema(description = "The child's age at the offence as the court found it") Integer childAgeFoundByCourt,
        @Schema(description = "The accused the judgment concerns", examples = "S1") String accusedRef,
        @Schema(description = "When the court ended the proceedings without a verdict") LocalDate endedOn,
        @Schema(description = "The court's ruling that ended them (required for a discontinuance, Art. 157(8))")
        String rulingReference,
        @Schema(description = "When the child accused was diverted (Children Act 2022)") LocalDate divertedOn,
        @Schema(description = "The diversion programme", examples = "Children's Department, Kibera: 6-month mentorship "
                + "and counselling programme") String diversionProgramme,
        @Schema(description = "How the diversion ended (null while it is under way)") DiversionOutcome diversionOutcome,
        @Schema(description = "The override reason as published (ADR 0005)") OverrideReason overrideReasonCode,
        @Schema(description = "The directions as published, one code each (ADR 0005)") List<Direction> directionCodes,
        @Schema(description = "The court's code as published (ADR 0005)", examples = "KIBERA") String courtCode,
        @Schema(description = "The appeal court's code as published (ADR 0005)", examples = "HCNRB") String appealCourtCode,
        @Schema(description = "Optimistic-locking version; also the ETag") long version) {}
