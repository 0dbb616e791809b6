package ke.haki.police.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.law.Sex;

@Schema(description = "The child's particulars. The identity is encrypted at rest and never leaves the police service.")
public record VictimRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Jane Doe (fictional)") String fullName,
        @Past @Schema(description = "If known", examples = "2013-02-01") LocalDate birthDate,
        @Min(0) @Max(17) @Schema(description = "Apparent age set by a medical officer, when the birth date is unknown", examples = "12")
        Integer medicallyAssessedAge,
        @Min(0) @Max(17) @Schema(description = "Age declared by the child or guardian, when nothing better is known")
        Integer declaredAge,
        @NotNull Sex sex,
        boolean hasDisability,
        @Size(max = 200) @Schema(examples = "Mary Doe (fictional)") String guardianName,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ]{7,20}", message = "a phone number")
        @Schema(examples = "+254700000000") String guardianPhone,
        @Size(max = 300) String address) {}
