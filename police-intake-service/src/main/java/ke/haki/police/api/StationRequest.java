package ke.haki.police.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A station as an NPS administrator records it")
public record StationRequest(
        @NotBlank @Size(max = 120)
        @Schema(examples = "Kilimani Police Station")
        String name,
        @NotBlank @Pattern(regexp = "\\d{3}", message = "three digits, 001 to 047")
        @Schema(description = "Official county code, 001 to 047", examples = "047")
        String countyCode,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9-]+", message = "upper-case letters, digits and '-'")
        @Schema(description = "The ODPP office that serves the station", examples = "ODPP-NRB")
        String odppOfficeCode,
        @NotNull
        @Schema(description = "false closes the station to new cases (its cases stay)", examples = "true")
        Boolean active) {}
