package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.Codes;

import ke.haki.contract.odpp.AppealFiled.Appellant;

@Schema(description = "An appeal against the judgment or sentence")
public record AppealRequest(
        @NotNull @Schema(examples = "ACCUSED") Appellant appellant,
        @NotBlank @Size(max = 120) @Schema(examples = "High Court at Nairobi") String appealCourt,
        @NotNull @Schema(examples = "2026-07-20") LocalDate filedOn,
        @Pattern(regexp = Codes.COURT_CODE)
        @Schema(description = "The appeal court's code: what the other agencies see (the name stays in this service, "
                + "ADR 0005)", examples = "HCNRB")
        String appealCourtCode) {}
