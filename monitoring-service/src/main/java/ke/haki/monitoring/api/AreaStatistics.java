package ke.haki.monitoring.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Compliance figures of one county or station")
public record AreaStatistics(
        @Schema(example = "045") String code,
        @Schema(example = "Kisii") String name,
        @Schema(example = "045") String countyCode,
        @Schema(example = "12") long totalCases,
        @Schema(description = "Cases by current stage (every stage listed)") Map<String, Long> casesByStage,
        @Schema(description = "Cases still waiting for a court outcome", example = "9") long openCases,
        @Schema(description = "Cases with an active CASE_QUIET alert", example = "2") long quietCases,
        @Schema(description = "Cases closed without a court outcome", example = "1") long closedWithoutCourtOutcome,
        @Schema(description = "Refused withdrawal, settlement, plea-deal or diversion attempts", example = "3") long prohibitedAttempts,
        @Schema(description = "Median days from report to charge filed; null without data", example = "21.5") Double medianDaysReportToCharge,
        @Schema(description = "Median days from charge filed to judgment; null without data", example = "240.0") Double medianDaysChargeToJudgment,
        @Schema(example = "4") long judgments,
        @Schema(example = "3") long convictions,
        @Schema(description = "Convictions per judgment; null without judgments", example = "0.75") Double convictionRate,
        @Schema(description = "Suspects by relationship to the child (every relationship listed)") Map<String, Long> suspectRelationships) {}
