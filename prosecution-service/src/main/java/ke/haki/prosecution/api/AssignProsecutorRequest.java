package ke.haki.prosecution.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The prosecutor who takes charge of the file")
public record AssignProsecutorRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "an account name: letters, digits, '.', '_', '@', '-'")
        @Schema(description = "The prosecutor's account", examples = "prosecutor.nairobi")
        String prosecutorRef) {}
