package ke.haki.police.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A police station: cases registered there belong to its county and go to its ODPP office")
public record StationView(
        @Schema(examples = "NRB-KILIMANI") String code,
        @Schema(examples = "Kilimani Police Station") String name,
        @Schema(description = "Official county code, 001 to 047", examples = "047") String countyCode,
        @Schema(description = "The ODPP office that serves the station", examples = "ODPP-NRB") String odppOfficeCode,
        @Schema(description = "An inactive station accepts no new cases") boolean active,
        long version) {}
