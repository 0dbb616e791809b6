package ke.haki.monitoring.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Adjourned court sittings by reason (every reason listed), by the sitting's date")
public record AdjournmentReasons(
        @Schema(example = "2026-03") String from,
        @Schema(example = "2026-05") String to,
        @Schema(description = "The county, or null for every county in the caller's scope", example = "023") String countyCode,
        @Schema(example = "3") long adjournments,
        List<Reason> reasons) {

    @Schema(description = "Adjournments for one reason")
    public record Reason(
            @Schema(description = "WITNESS_ABSENT, ACCUSED_ABSENT, COURT_NOT_SITTING, FILE_NOT_READY or OTHER (also when none was given)", example = "WITNESS_ABSENT") String reason,
            @Schema(example = "2") long adjournments,
            @Schema(description = "Share of all adjournments; null without any", example = "0.6667") Double share) {}
}
