package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.law.CourtEnding;
import ke.haki.law.Offence;

@Schema(description = "The trial court's judgment. A conviction needs the sentence as the court gave it; "
        + "it is compared with the statutory minimum and flagged when below it.")
public record JudgmentRequest(
        @NotNull @Schema(examples = "CONVICTED") Verdict verdict,
        @NotNull @Schema(examples = "2026-07-01") LocalDate deliveredOn,
        @Valid @Schema(description = "Required for a conviction, absent otherwise") SentenceRequest sentence,
        @Schema(description = "How the judgment ends the case: CONVICTION or DISCHARGE_AFTER_CONVICTION (Penal Code s.35) "
                + "with CONVICTED; ACQUITTAL_AFTER_TRIAL (the default) or ACQUITTAL_NO_CASE_TO_ANSWER with ACQUITTED. "
                + "Endings that are not a judgment go to POST /files/{caseId}/termination.", examples = "CONVICTION")
        CourtEnding ending,
        @Schema(description = "The offence of the count convicted on (default: the main count charged)",
                examples = "DEFILEMENT") Offence convictedOffence,
        @Min(0) @Max(17) @Schema(description = "The child's age at the offence as the court found it (default: the age "
                + "the police recorded)", examples = "13") Integer childAgeFound,
        @Pattern(regexp = "S\\d{1,3}") @Schema(description = "The accused (default: the only suspect)", examples = "S1")
        String accusedRef) {

    public JudgmentRequest(Verdict verdict, LocalDate deliveredOn, SentenceRequest sentence) {
        this(verdict, deliveredOn, sentence, null, null, null, null);
    }
}
