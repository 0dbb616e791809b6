package ke.haki.contract.odpp;

import java.time.LocalDate;
import java.util.List;

import ke.haki.law.ChargeCount;

import ke.haki.contract.EventPayload;

/** The charge sheet was filed in court: the case now has a court case number. */
public record ChargeFiled(
        String odppFileNumber,
        String courtStation,
        String courtCaseNumber,
        LocalDate filedOn,
        List<ChargeCount> counts) implements EventPayload {

    @Override
    public String summary() {
        return "Charge filed at " + courtStation + ": " + courtCaseNumber;
    }
}
