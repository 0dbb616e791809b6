package ke.haki.contract.odpp;

import java.time.LocalDate;
import java.util.List;

import ke.haki.law.ChargeCount;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Withdrawn;
import ke.haki.contract.Since;

/**
 * The charge sheet was filed in court: the case now has a court case number. Since 1.1 the court
 * travels as its code ({@code courtCode}, {@link ke.haki.contract.Codes#COURT_CODE}, null when
 * none was recorded); its name ({@code courtStation}) is no longer published (always null since
 * 1.1; ADR 0005) and stays in the prosecution service.
 */
public record ChargeFiled(
        String odppFileNumber,
        @Withdrawn("1.1") String courtStation,
        String courtCaseNumber,
        LocalDate filedOn,
        List<ChargeCount> counts,
        @Since("1.1") String courtCode) implements EventPayload {

    /** The shape of contract 1.0 (events still on the topic, replays): the court's name. */
    public ChargeFiled(String odppFileNumber, String courtStation, String courtCaseNumber, LocalDate filedOn,
            List<ChargeCount> counts) {
        this(odppFileNumber, courtStation, courtCaseNumber, filedOn, counts, null);
    }

    /** As the producer publishes it since 1.1: the court's code only. */
    public static ChargeFiled coded(String odppFileNumber, String courtCode, String courtCaseNumber, LocalDate filedOn,
            List<ChargeCount> counts) {
        return new ChargeFiled(odppFileNumber, null, courtCaseNumber, filedOn, counts, courtCode);
    }

    /** The court as published: its code since 1.1, its name in 1.0 events (null when neither). */
    public String court() {
        return courtCode != null ? courtCode : courtStation;
    }

    @Override
    public String summary() {
        return "Charge filed" + (courtCode == null ? "" : " at " + courtCode) + ": " + courtCaseNumber;
    }
}
