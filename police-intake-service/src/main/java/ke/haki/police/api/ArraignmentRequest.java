package ke.haki.police.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ArraignmentRequest(
        @NotNull @PastOrPresent @Schema(examples = "2026-04-11T08:00:00Z") Instant arraignedAt,
        @NotBlank @Size(max = 120) @Schema(examples = "Kibera Law Courts") String courtStation) {}
