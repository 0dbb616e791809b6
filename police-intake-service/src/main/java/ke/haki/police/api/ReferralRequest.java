package ke.haki.police.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReferralRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9-]+", message = "upper-case letters, digits and '-'")
        @Schema(description = "The ODPP office the file goes to", examples = "ODPP-NRB") String odppOfficeCode) {}
