package ke.haki.police.domain;

import java.time.Instant;
import java.time.LocalDate;

import ke.haki.law.Offence;

/** What the Occurrence Book says of a case: fixed when the case is registered. */
public record Report(String caseId, String obNumber, String stationCode, String countyCode, Offence offence,
        LocalDate offenceDate, String offencePlace, Instant reportedAt) {}
