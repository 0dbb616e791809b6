package ke.haki.police.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.nps.SuspectReleased.ReleaseTerms;

@Schema(description = "The suspect was released on police bond or cash bail before arraignment")
public record ReleaseRequest(
        @NotNull @PastOrPresent @Schema(examples = "2026-04-10T18:00:00Z") Instant releasedAt,
        @NotNull @Schema(examples = "POLICE_BOND") ReleaseTerms terms) {}
