package ke.haki.contract.odpp;

import java.time.LocalDate;
import java.util.List;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Withdrawn;
import ke.haki.law.ChildDiversion;

/**
 * The prosecutor diverted a child accused (under eighteen at the offence) out of the criminal
 * trial into a diversion programme under the Children Act 2022. Lawful only for a child (an
 * adult's diversion is refused and published as {@code closure-attempt.refused}); the NGEC follows
 * the case until the diversion is reported completed or failed. {@code accusedRefs} names every
 * accused of the case: a case is diverted only when all of them were children at the offence.
 * {@code programme}, free text, is not published (always null; ADR 0005): the programme's
 * description stays in the prosecution file.
 */
public record DiversionRecorded(
        String odppFileNumber,
        List<String> accusedRefs,
        LocalDate decidedOn,
        @Withdrawn("1.1") String programme) implements EventPayload {

    @Override
    public String summary() {
        return "Child accused " + (accusedRefs == null ? "" : String.join(", ", accusedRefs))
                + " diverted under the " + ChildDiversion.STATUTE + " on " + decidedOn;
    }
}
