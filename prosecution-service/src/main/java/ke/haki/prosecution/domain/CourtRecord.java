package ke.haki.prosecution.domain;

import java.time.LocalDate;

import ke.haki.contract.odpp.PleaRecorded.Plea;

/**
 * The case before the trial court: where and under which number the charge was filed, the plea,
 * and the next date the court sits on it. Each part is null until recorded; the court's name stays
 * in this service, its code is published (ADR 0005).
 */
public record CourtRecord(String courtStation, String courtCode, String courtCaseNumber, LocalDate chargeFiledOn,
        Plea plea, LocalDate pleaOn, LocalDate nextCourtDate) {

    public static final CourtRecord NONE = new CourtRecord(null, null, null, null, null, null, null);

    CourtRecord filed(String station, String code, String caseNumber, LocalDate filedOn) {
        return new CourtRecord(station, code, caseNumber, filedOn, plea, pleaOn, nextCourtDate);
    }

    CourtRecord pleaded(Plea taken, LocalDate on) {
        return new CourtRecord(courtStation, courtCode, courtCaseNumber, chargeFiledOn, taken, on, nextCourtDate);
    }

    CourtRecord nextSitting(LocalDate date) {
        return new CourtRecord(courtStation, courtCode, courtCaseNumber, chargeFiledOn, plea, pleaOn, date);
    }

    /** A retrial takes a new plea. */
    CourtRecord withoutPlea() {
        return pleaded(null, null);
    }
}
