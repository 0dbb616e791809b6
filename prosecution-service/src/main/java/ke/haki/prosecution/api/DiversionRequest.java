package ke.haki.prosecution.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The diversion of a child accused (under 18 at the offence) into a programme under the Children "
        + "Act 2022. Required for a child accused; for an adult the diversion is refused whatever the body says.")
public record DiversionRequest(
        @NotNull @Schema(description = "When the diversion was decided", examples = "2026-05-04") LocalDate decidedOn,
        @NotBlank @Size(max = 200) @Schema(description = "The programme and its supervising officer or body",
                examples = "Children's Department, Kibera: 6-month mentorship and counselling programme")
        String programme) {}
