package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.Codes;

@Schema(description = "The charge sheet was filed in court")
public record CourtFilingRequest(
        @NotBlank @Size(max = 120) @Schema(examples = "Kibera Law Courts") String courtStation,
        @NotBlank @Size(max = 120)
        @Schema(description = "<kind> Case No. [E]<number> of <year>", examples = "Sexual Offence Case No. E035 of 2026")
        String courtCaseNumber,
        @NotNull @Schema(examples = "2026-04-20") LocalDate filedOn,
        @Pattern(regexp = Codes.COURT_CODE)
        @Schema(description = "The court station's code in the Judiciary's list: what the other agencies see (the name "
                + "stays in this service, ADR 0005)", examples = "KIBERA")
        String courtCode) {}
