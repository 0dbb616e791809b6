package ke.haki.police.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ArrestRequest(@NotNull @PastOrPresent @Schema(examples = "2026-04-10T09:00:00Z") Instant arrestedAt) {}
