package ke.haki.monitoring.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.law.AgeBand;
import ke.haki.law.Offence;
import ke.haki.monitoring.domain.Stage;

@Schema(description = "A monitored case as the NGEC sees it: pseudonymised, with each agency's identifier")
public record CaseView(
        @Schema(example = "c0ffee00-1111-4222-8333-444455556666") String caseId,
        @Schema(example = "REFERRED") Stage stage,
        @Schema(example = "047") String countyCode,
        @Schema(example = "NRB-KILIMANI") String stationCode,
        @Schema(example = "DEFILEMENT") Offence offence,
        @Schema(example = "V-7KQ2M-4XPHN-8DLRC") String victimPseudonym,
        @Schema(example = "AGED_12_TO_15") AgeBand victimAgeBand,
        @Schema(example = "OB 56/10/4/2026") String obNumber,
        @Schema(example = "ODPP/NRB/SOA/0123/2026") String odppFileNumber,
        @Schema(example = "Sexual Offence Case No. E035 of 2026") String courtCaseNumber,
        Instant reportedAt,
        Instant lastEventAt,
        @Schema(example = "CONVICTED") String verdict,
        @Schema(description = "Last per-case sequence number seen from the police", example = "9") long lastNpsSequence,
        @Schema(description = "Last per-case sequence number seen from ODPP", example = "3") long lastOdppSequence,
        DeadlineView deadline) {

    @Schema(description = "The case's next deadline, if any")
    public record DeadlineView(
            @Schema(example = "2026-04-26T08:00:00Z") Instant dueAt,
            @Schema(example = "CASE_QUIET") String kind,
            @Schema(example = "false") boolean overdue,
            @Schema(description = "Seconds until due (negative when overdue)", example = "86400") long secondsLeft,
            @Schema(description = "Time left (or overdue) as an ISO-8601 duration", example = "PT24H") String timeLeft) {}
}
