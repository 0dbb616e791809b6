package ke.haki.kit.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what becomes of each row of one relay batch once the sends are answered, so that one
 * unpublishable row holds back only the later rows of its own case and per-case order holds.
 */
public final class RelayBatch {

    private RelayBatch() {}

    /** What happened to one row's send. {@code failure} is set only for a failed send. */
    public record Attempt(long id, String caseId, Outcome outcome, PublishFailure failure) {

        public static Attempt acknowledged(long id, String caseId) {
            return new Attempt(id, caseId, Outcome.ACKNOWLEDGED, null);
        }

        public static Attempt failed(long id, String caseId, PublishFailure failure) {
            return new Attempt(id, caseId, Outcome.FAILED, failure);
        }

        /** Not sent in this round (an earlier row of its case failed, or the broker is unreachable). */
        public static Attempt notSent(long id, String caseId) {
            return new Attempt(id, caseId, Outcome.NOT_SENT, null);
        }
    }

    public enum Outcome { ACKNOWLEDGED, FAILED, NOT_SENT }

    /**
     * @param published rows to mark published
     * @param quarantined rows to set aside, with their reason
     * @param retry rows that wait for the next round, with the error to record
     */
    public record Decision(List<Long> published, Map<Long, String> quarantined, Map<Long, String> retry) {

        public boolean hadTransientFailure() {
            return !retry.isEmpty();
        }
    }

    /** Decides for the attempts of one batch, given in outbox id order. */
    public static Decision decide(List<Attempt> attemptsInIdOrder) {
        List<Long> published = new ArrayList<>();
        Map<Long, String> quarantined = new LinkedHashMap<>();
        Map<Long, String> retry = new LinkedHashMap<>();
        Set<String> stopped = new HashSet<>();
        for (Attempt a : attemptsInIdOrder) {
            switch (a.outcome()) {
                case FAILED -> {
                    stopped.add(a.caseId());
                    if (a.failure().permanent()) {
                        quarantined.put(a.id(), a.failure().reason());
                    } else {
                        retry.put(a.id(), a.failure().reason());
                    }
                }
                case ACKNOWLEDGED -> {
                    if (stopped.contains(a.caseId())) {
                        // on the topic, but after an earlier event of its case that is not: sent again later, in order
                        retry.put(a.id(), "an earlier event of the case failed");
                    } else {
                        published.add(a.id());
                    }
                }
                case NOT_SENT -> stopped.add(a.caseId());
            }
        }
        return new Decision(published, quarantined, retry);
    }
}
