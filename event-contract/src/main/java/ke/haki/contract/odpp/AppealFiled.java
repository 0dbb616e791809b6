package ke.haki.contract.odpp;

import java.time.LocalDate;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Withdrawn;
import ke.haki.contract.Since;

/**
 * An appeal against the judgment or sentence was filed. Since 1.1 the appeal court travels as its
 * code ({@code appealCourtCode}, {@link ke.haki.contract.Codes#COURT_CODE}, null when none was
 * recorded); its name ({@code appealCourt}) is no longer published (always null since 1.1; ADR
 * 0005) and stays in the prosecution service.
 */
public record AppealFiled(String courtCaseNumber, Appellant appellant, @Withdrawn("1.1") String appealCourt, LocalDate filedOn,
        @Since("1.1") String appealCourtCode) implements EventPayload {

    /** The shape of contract 1.0 (events still on the topic, replays): the court's name. */
    public AppealFiled(String courtCaseNumber, Appellant appellant, String appealCourt, LocalDate filedOn) {
        this(courtCaseNumber, appellant, appealCourt, filedOn, null);
    }

    /** As the producer publishes it since 1.1: the court's code only. */
    public static AppealFiled coded(String courtCaseNumber, Appellant appellant, String appealCourtCode, LocalDate filedOn) {
        return new AppealFiled(courtCaseNumber, appellant, null, filedOn, appealCourtCode);
    }

    /** The appeal court as published: its code since 1.1, its name in 1.0 events (null when neither). */
    public String court() {
        return appealCourtCode != null ? appealCourtCode : appealCourt;
    }

    @Override
    public String summary() {
        return "Appeal by the " + (appellant == null ? "unstated party" : appellant.name().toLowerCase()) + " filed"
                + (appealCourtCode == null ? "" : " at " + appealCourtCode);
    }

    public enum Appellant {
        ACCUSED,
        PROSECUTION
    }
}
