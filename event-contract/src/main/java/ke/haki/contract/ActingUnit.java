package ke.haki.contract;

import java.util.Objects;

/**
 * The unit that acted: a police station, an ODPP office or the NGEC. {@code countyCode} is the
 * official three-digit county code (001 to 047), or null for a national unit.
 */
public record ActingUnit(Agency agency, String unitCode, String countyCode) {
    public ActingUnit {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(unitCode, "unitCode");
    }
}
