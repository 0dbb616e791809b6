package ke.haki.prosecution.domain;

import java.time.LocalDate;

import ke.haki.contract.odpp.AppealDecided.AppealOutcome;
import ke.haki.contract.odpp.AppealFiled.Appellant;

/** The last appeal against the judgment or sentence: who appealed, to which court, and its outcome (null while pending). */
public record Appeal(Appellant appellant, String appealCourt, String appealCourtCode, LocalDate filedOn,
        AppealOutcome outcome, LocalDate decidedOn) {

    public static final Appeal NONE = new Appeal(null, null, null, null, null, null);

    static Appeal filed(Appellant appellant, String court, String courtCode, LocalDate filedOn) {
        return new Appeal(appellant, court, courtCode, filedOn, null, null);
    }

    Appeal decided(AppealOutcome decision, LocalDate on) {
        return new Appeal(appellant, appealCourt, appealCourtCode, filedOn, decision, on);
    }
}
