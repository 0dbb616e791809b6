package ke.haki.prosecution.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SentenceView(
        @Schema(examples = "false") boolean life,
        @Schema(examples = "20") Integer years,
        @Schema(description = "For a statutory minimum: the section that sets it", examples = "s.8(3) Sexual Offences Act")
        String statute) {}
