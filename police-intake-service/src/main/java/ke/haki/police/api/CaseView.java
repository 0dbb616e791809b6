package ke.haki.police.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.law.AgeBand;
import ke.haki.law.Offence;
import ke.haki.police.domain.CaseStatus;

@Schema(description = "The police view of a case. The child appears only by pseudonym and age band.")
public record CaseView(
        @Schema(description = "Cross-agency case id", examples = "5f0c8f0e-6f1e-4d5b-9c1a-2f4e8b9d7a10") String caseId,
        @Schema(examples = "OB 56/10/4/2026") String obNumber,
        @Schema(examples = "NRB-KILIMANI") String stationCode,
        @Schema(examples = "047") String countyCode,
        Offence offence,
        LocalDate offenceDate,
        Instant reportedAt,
        CaseStatus status,
        @Schema(examples = "V-7KQ2M-9XDHP-4RTWA") String victimPseudonym,
        Integer victimAgeAtOffence,
        AgeBand victimAgeBand,
        int suspects,
        int medicalEvidence,
        int referrals,
        String odppFileNumber,
        String courtCaseNumber,
        String verdict,
        String closureReason,
        @Schema(description = "Optimistic-locking version; also the ETag") long version) {}
