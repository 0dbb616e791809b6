package ke.haki.contract.nps;

import java.time.Instant;
import java.time.LocalDate;

import ke.haki.contract.EventPayload;
import ke.haki.law.Offence;

/** A defilement report was entered in a station's Occurrence Book. */
public record CaseReported(
        String obNumber,
        String stationCode,
        String countyCode,
        Offence offence,
        LocalDate offenceDate,
        Instant reportedAt) implements EventPayload {

    @Override
    public String summary() {
        return (offence == null ? "Offence" : offence.title()) + " reported at " + stationCode + " (" + obNumber + ")";
    }
}
