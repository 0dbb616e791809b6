package ke.haki.prosecution.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.ChargeApproved.OverrideReason;

@Schema(description = "The decision to charge (ODPP Decision to Charge Guidelines 2019). Leave `counts` empty to charge "
        + "what the system proposes from the offence and the child's age band; other counts need an `overrideReason`.")
public record ChargeRequest(
        @NotNull @Schema(description = "Is there enough evidence for a realistic prospect of conviction?", examples = "true")
        Boolean evidentialTestMet,
        @NotNull @Schema(description = "Is a prosecution in the public interest?", examples = "true")
        Boolean publicInterestTestMet,
        @Size(max = 10) @Schema(description = "The counts, when they differ from the proposal")
        List<@Valid CountRequest> counts,
        @Size(max = 2000) @Schema(description = "Why the counts differ from the proposal",
                examples = "Penetration not proved by the P3 form; charging the indecent act")
        String overrideReason,
        @Schema(description = "Why, as the code published to the other agencies (the words above stay in this service, "
                + "ADR 0005); OTHER when only words are given", examples = "EVIDENCE_SUPPORTS_LESSER_OFFENCE")
        OverrideReason overrideReasonCode) {}
