package ke.haki.police.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.Codes;

import ke.haki.law.MedicalForm;

public record MedicalEvidenceRequest(
        @NotNull @Schema(examples = "P3") MedicalForm form,
        @NotNull @PastOrPresent @Schema(examples = "2026-04-10") LocalDate examinedOn,
        @NotBlank @Size(max = 200) @Schema(examples = "Nairobi Women's Hospital GVRC") String facility,
        @Pattern(regexp = Codes.FACILITY_CODE)
        @Schema(description = "The facility's code in the Kenya Master Health Facility List: what the other agencies see "
                + "(the name stays in this service, ADR 0005)", examples = "13023")
        String facilityCode) {}
