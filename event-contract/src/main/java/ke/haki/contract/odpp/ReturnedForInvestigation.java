package ke.haki.contract.odpp;

import java.time.LocalDate;
import java.util.List;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Withdrawn;
import ke.haki.contract.Since;

/**
 * ODPP returned the file to the police for further investigation, with directions
 * (Constitution Art. 157(4)). Since 1.1 each direction travels as a code ({@code directionCodes});
 * the prosecutor's words ({@code directions}) are no longer published (always null since 1.1;
 * ADR 0005) and stay in the prosecution service.
 */
public record ReturnedForInvestigation(
        String odppFileNumber,
        @Withdrawn("1.1") List<String> directions,
        LocalDate respondBy,
        @Since("1.1") List<Direction> directionCodes) implements EventPayload {

    /** The shape of contract 1.0 (events still on the topic, replays): directions as words. */
    public ReturnedForInvestigation(String odppFileNumber, List<String> directions, LocalDate respondBy) {
        this(odppFileNumber, directions, respondBy, null);
    }

    /** A return as the producer publishes it since 1.1: codes only. */
    public static ReturnedForInvestigation coded(String odppFileNumber, List<Direction> directionCodes, LocalDate respondBy) {
        return new ReturnedForInvestigation(odppFileNumber, null, respondBy, List.copyOf(directionCodes));
    }

    /** How many directions the police must answer, in either shape. */
    public int directionCount() {
        if (directionCodes != null) {
            return directionCodes.size();
        }
        return directions == null ? 0 : directions.size();
    }

    /** What ODPP directs the police to do. */
    public enum Direction {
        RECORD_WITNESS_STATEMENT,
        RECORD_SUSPECT_STATEMENT,
        OBTAIN_MEDICAL_EVIDENCE,
        OBTAIN_AGE_EVIDENCE,
        OBTAIN_FORENSIC_REPORT,
        TRACE_OR_ARREST_SUSPECT,
        CONDUCT_IDENTIFICATION_PARADE,
        VISIT_SCENE,
        OBTAIN_DOCUMENTS,
        /** None of the above: the words are in the prosecution file. */
        OTHER
    }

    @Override
    public String summary() {
        return "Returned to the police with " + directionCount() + " direction(s)"
                + (directionCodes == null || directionCodes.isEmpty() ? "" : " " + directionCodes)
                + "; respond by " + respondBy;
    }
}
