package ke.haki.monitoring.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The cases reported in a period, followed from report to judgment: how many reached each step "
        + "(or a later one), the share lost at each step (lost, or not there yet) and the median days from the step before")
public record AttritionFunnel(
        @Schema(description = "First month of reports, East Africa Time", example = "2026-03") String from,
        @Schema(description = "Last month of reports, East Africa Time", example = "2026-03") String to,
        @Schema(description = "The county, or null for every county in the caller's scope", example = "023") String countyCode,
        @Schema(description = "REPORTED, REFERRED, CHARGED, IN_COURT, JUDGED") List<Step> steps,
        @Schema(example = "1") long convicted,
        @Schema(example = "1") long acquitted,
        @Schema(example = "1") long endedWithoutOutcomeOnTheMerits,
        @Schema(description = "Judged cases out of the reported ones; null without reports", example = "0.6") Double reachedJudgment) {

    @Schema(description = "One step of the funnel")
    public record Step(
            @Schema(example = "REFERRED") String step,
            @Schema(description = "Cases that reached this step or a later one", example = "4") long cases,
            @Schema(description = "Cases of the step before that did not reach this one", example = "1") long lost,
            @Schema(description = "lost / cases of the step before; null for the first step or when it had none", example = "0.2") Double shareLost,
            @Schema(description = "Median days from the step before to this one; null without data", example = "5.0") Double medianDaysFromPreviousStep) {}
}
