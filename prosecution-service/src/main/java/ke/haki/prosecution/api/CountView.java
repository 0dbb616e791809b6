package ke.haki.prosecution.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CountView(
        @Schema(examples = "s.8(1) as read with s.8(3) Sexual Offences Act") String statute,
        boolean alternative) {}
