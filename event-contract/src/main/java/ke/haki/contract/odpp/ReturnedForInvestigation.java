package ke.haki.contract.odpp;

import java.time.LocalDate;
import java.util.List;

import ke.haki.contract.EventPayload;

/**
 * ODPP returned the file to the police for further investigation, with directions
 * (Constitution Art. 157(4)). Directions name evidence to obtain, never the child.
 */
public record ReturnedForInvestigation(
        String odppFileNumber,
        List<String> directions,
        LocalDate respondBy) implements EventPayload {

    @Override
    public String summary() {
        return "Returned to the police with " + (directions == null ? 0 : directions.size())
                + " direction(s); respond by " + respondBy;
    }
}
