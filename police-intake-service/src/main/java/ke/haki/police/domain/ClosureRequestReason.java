package ke.haki.police.domain;

import java.util.Optional;

import ke.haki.law.ProhibitedClosure;
import ke.haki.contract.nps.CaseClosedByPolice.PoliceClosureReason;

/**
 * Every reason a caller may give for ending a case at the police. Some are lawful closures (still
 * closures without a court outcome, which the NGEC follows up); the rest are forbidden for
 * defilement cases and are refused by {@link PoliceCase#close}.
 */
public enum ClosureRequestReason {
    SUSPECT_DECEASED(PoliceClosureReason.SUSPECT_DECEASED, null),
    NO_OFFENCE_DISCLOSED(PoliceClosureReason.NO_OFFENCE_DISCLOSED, null),
    DUPLICATE_REPORT(PoliceClosureReason.DUPLICATE_REPORT, null),
    TRANSFERRED_TO_ANOTHER_STATION(PoliceClosureReason.TRANSFERRED_TO_ANOTHER_STATION, null),
    WITHDRAWAL(null, ProhibitedClosure.WITHDRAWAL),
    COMPLAINANT_WITHDRAWAL(null, ProhibitedClosure.COMPLAINANT_WITHDRAWAL),
    MEDIATION(null, ProhibitedClosure.MEDIATION),
    RECONCILIATION(null, ProhibitedClosure.RECONCILIATION),
    INFORMAL_SETTLEMENT(null, ProhibitedClosure.INFORMAL_SETTLEMENT),
    MASLAHA(null, ProhibitedClosure.MASLAHA);

    private final PoliceClosureReason lawful;
    private final ProhibitedClosure prohibited;

    ClosureRequestReason(PoliceClosureReason lawful, ProhibitedClosure prohibited) {
        this.lawful = lawful;
        this.prohibited = prohibited;
    }

    Optional<PoliceClosureReason> lawful() {
        return Optional.ofNullable(lawful);
    }

    Optional<ProhibitedClosure> prohibited() {
        return Optional.ofNullable(prohibited);
    }
}
