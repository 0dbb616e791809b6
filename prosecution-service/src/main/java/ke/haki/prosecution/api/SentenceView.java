package ke.haki.prosecution.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SentenceView(
        @Schema(examples = "false") boolean life,
        @Schema(examples = "20") Integer years,
        @Schema(description = "For a statutory minimum: the section that sets it", examples = "s.8(3) Sexual Offences Act")
        String statute,
        @Schema(description = "Months beyond the years of a term", examples = "6") Integer months,
        @Schema(description = "True when the court imposed no imprisonment (a fine, probation, a discharge)") Boolean nonCustodial) {}
