package ke.haki.contract.odpp;

import java.time.LocalDate;
import java.util.List;

import ke.haki.contract.EventPayload;

/** The charge sheet was filed in court: the case now has a court case number. */
public record ChargeFiled(
        String odppFileNumber,
        String courtStation,
        String courtCaseNumber,
        LocalDate filedOn,
        List<Count> counts) implements EventPayload {

    /** One count of the charge sheet, e.g. "s.8(1) as read with s.8(3) Sexual Offences Act". */
    public record Count(String statute, boolean alternative) {}
}
