package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.CourtSittingRecorded.AdjournmentReason;
import ke.haki.contract.odpp.CourtSittingRecorded.SittingKind;

@Schema(description = "A mention or hearing. An adjourned sitting needs the reason and the next date.")
public record SittingRequest(
        @NotNull @Schema(examples = "HEARING") SittingKind kind,
        @NotNull @Schema(examples = "2026-05-04") LocalDate sittingDate,
        @Schema(examples = "true") boolean adjourned,
        @Schema(examples = "WITNESS_ABSENT") AdjournmentReason adjournmentReason,
        @Schema(description = "The next sitting; required when adjourned", examples = "2026-05-18") LocalDate nextDate,
        @Size(max = 2000) @Schema(examples = "Complainant's mother unwell") String note) {}
