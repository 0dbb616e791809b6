package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.PleaRecorded.Plea;

@Schema(description = "The accused took plea")
public record PleaRequest(
        @NotNull @Schema(examples = "NOT_GUILTY") Plea plea,
        @NotNull @Schema(examples = "2026-04-21") LocalDate recordedOn) {}
