package ke.haki.prosecution.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One count of the charge sheet")
public record CountRequest(
        @NotBlank @Size(max = 200)
        @Schema(examples = "s.8(1) as read with s.8(3) Sexual Offences Act") String statute,
        @Schema(description = "An alternative count", examples = "false") boolean alternative) {}
