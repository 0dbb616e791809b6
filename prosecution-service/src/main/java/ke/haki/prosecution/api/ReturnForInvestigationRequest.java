package ke.haki.prosecution.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.odpp.ReturnedForInvestigation.Direction;

@Schema(description = "Return the file to the police for further investigation (Constitution Art. 157(4)). "
        + "Directions name evidence to obtain, never the child.")
public record ReturnForInvestigationRequest(
        @NotEmpty @Size(max = 20)
        @Schema(examples = "[\"Obtain the P3 form part II from the police surgeon\", \"Record the statement of the neighbour\"]")
        List<@NotBlank @Size(max = 500) String> directions,
        @NotNull @Schema(description = "The date the police must answer by (after today)", examples = "2026-05-15")
        LocalDate respondBy,
        @Size(max = 20)
        @Schema(description = "One code per direction, in the same order: what the other agencies see (the words stay in "
                + "this service, ADR 0005). Omitted: OTHER for each.", examples = "[\"OBTAIN_MEDICAL_EVIDENCE\", \"RECORD_WITNESS_STATEMENT\"]")
        List<@NotNull Direction> directionCodes) {}
