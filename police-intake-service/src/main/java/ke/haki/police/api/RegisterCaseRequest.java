package ke.haki.police.api;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.law.Offence;

@Schema(description = "A defilement report as entered in the station's Occurrence Book")
public record RegisterCaseRequest(
        @NotBlank @Size(max = 40)
        @Schema(description = "Occurrence Book number: entry/day/month/year", examples = "OB 56/10/4/2026")
        String obNumber,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9-]+", message = "upper-case letters, digits and '-'")
        @Schema(description = "Station code", examples = "NRB-KILIMANI")
        String stationCode,
        @NotBlank @Pattern(regexp = "\\d{3}", message = "three digits, 001 to 047")
        @Schema(description = "Official county code, 001 to 047", examples = "047")
        String countyCode,
        @NotNull
        @Schema(description = "Sexual Offences Act offence", examples = "DEFILEMENT")
        Offence offence,
        @NotNull @PastOrPresent
        @Schema(examples = "2026-04-09")
        LocalDate offenceDate,
        @NotBlank @Size(max = 300)
        @Schema(description = "Where the offence took place (stays with the police)", examples = "Kilimani, Nairobi")
        String offencePlace,
        @NotNull @PastOrPresent
        @Schema(examples = "2026-04-10T07:30:00Z")
        Instant reportedAt) {}
