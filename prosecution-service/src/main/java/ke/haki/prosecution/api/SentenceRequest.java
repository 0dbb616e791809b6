package ke.haki.prosecution.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The sentence as the court gave it: imprisonment for life, a term of years and months, or a "
        + "non-custodial sentence (no imprisonment; below every minimum term)")
public record SentenceRequest(
        @Schema(examples = "false") boolean life,
        @Min(0) @Max(100) @Schema(examples = "20") Integer years,
        @Min(0) @Max(11) @Schema(description = "Months beyond the years", examples = "0") Integer months,
        @Schema(description = "True for a fine, probation, community service or a discharge", examples = "false")
        Boolean nonCustodial) {

    public SentenceRequest(boolean life, Integer years) {
        this(life, years, null, null);
    }
}
