package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.ChargeDecisionReviewed.ReviewGround;

@Schema(description = "A decision not to charge, reviewed and re-opened for a new charging decision")
public record DeclineReviewRequest(
        @NotNull @Schema(examples = "NEW_EVIDENCE") ReviewGround ground,
        @NotNull @Schema(examples = "2026-06-01") LocalDate reviewedOn) {}
