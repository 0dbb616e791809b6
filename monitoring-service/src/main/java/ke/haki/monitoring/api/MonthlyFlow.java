package ke.haki.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Cases that reached each step in one Kenyan month (Africa/Nairobi), in the caller's scope")
public record MonthlyFlow(
        @Schema(description = "The month, in East Africa Time", example = "2026-03") String month,
        @Schema(description = "The county, or null for every county in the caller's scope", example = "023") String countyCode,
        @Schema(description = "Cases reported to the police", example = "5") long reported,
        @Schema(description = "Cases first referred to the ODPP", example = "4") long referred,
        @Schema(description = "Cases charged in court (first charge filed)", example = "2") long charged,
        @Schema(description = "Cases first in court (plea or sitting)", example = "2") long inCourt,
        @Schema(description = "Cases that ended in court: convicted + acquitted + without an outcome on the merits", example = "2") long judged,
        @Schema(example = "1") long convicted,
        @Schema(description = "Acquitted on the merits (after trial or no case to answer)", example = "1") long acquitted,
        @Schema(description = "Ended in court without a decision on the merits (withdrawal, discontinuance, abatement, s.35 discharge)", example = "0") long endedWithoutOutcomeOnTheMerits) {}
