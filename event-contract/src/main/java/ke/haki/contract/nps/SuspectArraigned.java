package ke.haki.contract.nps;

import java.time.Instant;

import ke.haki.contract.EventPayload;
import ke.haki.contract.Since;
import ke.haki.contract.Withdrawn;
import ke.haki.law.KenyanTime;

/**
 * A suspect was brought before a court. {@code withinTwentyFourHours} (name kept from v1) says
 * whether it was within the limit of Constitution Art. 49(1)(f): 24 hours, or the end of the next
 * court day when those end outside court hours or on a non-court day. Consumers recompute it.
 * Since 1.1 the court travels as its code ({@code courtCode}, {@link ke.haki.contract.Codes#COURT_CODE},
 * null when none was recorded); its name ({@code courtStation}) is no longer published (always null
 * since 1.1; ADR 0005) and stays in the police service.
 */
public record SuspectArraigned(
        String suspectRef,
        Instant arraignedAt,
        @Withdrawn("1.1") String courtStation,
        boolean withinTwentyFourHours,
        @Since("1.1") String courtCode) implements EventPayload {

    /** The shape of contract 1.0 (events still on the topic, replays): the court's name. */
    public SuspectArraigned(String suspectRef, Instant arraignedAt, String courtStation, boolean withinTwentyFourHours) {
        this(suspectRef, arraignedAt, courtStation, withinTwentyFourHours, null);
    }

    /** As the producer publishes it since 1.1: the court's code only. */
    public static SuspectArraigned coded(String suspectRef, Instant arraignedAt, String courtCode, boolean withinTwentyFourHours) {
        return new SuspectArraigned(suspectRef, arraignedAt, null, withinTwentyFourHours, courtCode);
    }

    /** The court as published: its code since 1.1, its name in 1.0 events (null when neither). */
    public String court() {
        return courtCode != null ? courtCode : courtStation;
    }

    @Override
    public String summary() {
        return "Suspect " + suspectRef + " arraigned" + (courtCode == null ? "" : " at " + courtCode)
                + " on " + KenyanTime.shown(arraignedAt)
                + "; the police report it " + (withinTwentyFourHours ? "within" : "AFTER") + " the limit of Art. 49(1)(f)";
    }
}
