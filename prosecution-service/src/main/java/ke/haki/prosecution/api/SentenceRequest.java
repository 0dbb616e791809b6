package ke.haki.prosecution.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A custodial sentence: imprisonment for life, or a number of years")
public record SentenceRequest(
        @Schema(examples = "false") boolean life,
        @Min(0) @Max(100) @Schema(examples = "20") Integer years) {}
