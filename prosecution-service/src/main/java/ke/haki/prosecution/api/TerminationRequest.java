package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.law.CourtEnding;

@Schema(description = "The court ended the proceedings without a decision on the merits. Recorded as what it is, "
        + "never as a verdict; the NGEC is alerted (closed without a court outcome).")
public record TerminationRequest(
        @NotNull @Schema(description = "DISCHARGE_AFTER_WITHDRAWAL (CPC s.87(a)), DISCONTINUANCE_WITH_COURT_PERMISSION "
                + "(Art. 157(8)), COMPLAINANT_WITHDRAWAL (CPC s.204) or ABATEMENT", examples = "DISCHARGE_AFTER_WITHDRAWAL")
        CourtEnding ending,
        @NotNull @Schema(examples = "2026-08-14") LocalDate endedOn,
        @Size(max = 200) @Schema(description = "The court's ruling (required for a discontinuance)",
                examples = "Ruling of 14 August 2026, Sexual Offence Case No. E035 of 2026") String rulingReference) {}
