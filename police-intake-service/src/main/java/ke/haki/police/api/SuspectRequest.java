package ke.haki.police.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.law.SuspectRelationship;

public record SuspectRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "John Doe (fictional)") String fullName,
        @Min(7) @Max(120) @Schema(examples = "34") Integer ageYears,
        @NotNull @Schema(examples = "FAMILY_ACQUAINTANCE") SuspectRelationship relationshipToVictim) {}
