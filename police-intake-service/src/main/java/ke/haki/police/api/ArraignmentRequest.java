package ke.haki.police.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.Codes;

public record ArraignmentRequest(
        @NotNull @PastOrPresent @Schema(examples = "2026-04-11T08:00:00Z") Instant arraignedAt,
        @NotBlank @Size(max = 120) @Schema(examples = "Kibera Law Courts") String courtStation,
        @Pattern(regexp = Codes.COURT_CODE)
        @Schema(description = "The court station's code in the Judiciary's list: what the other agencies see (the name "
                + "stays in this service, ADR 0005)", examples = "KIBERA")
        String courtCode) {}
