package ke.haki.prosecution.repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import ke.haki.contract.CaseEvent;
import ke.haki.kit.timeline.TimelineEntry;

/**
 * Writes the timeline entries of many consumed events in one statement per {@value #ROWS} rows: the
 * same rows as the kit's {@code Timeline.record} (each {@link TimelineEntry#of}), numbered in the
 * order given, as one insert of each would number them.
 */
@ApplicationScoped
public class TimelineRows {

    static final int ROWS = 1000;

    @Inject
    EntityManager em;

    /** In the caller's transaction, in the order given. */
    public void insert(List<CaseEvent> events) {
        for (int from = 0; from < events.size(); from += ROWS) {
            insertChunk(events.subList(from, Math.min(events.size(), from + ROWS)));
        }
    }

    private void insertChunk(List<CaseEvent> events) {
        StringBuilder sql = new StringBuilder(
                "insert into timeline_entry (case_id, event_id, event_type, agency, occurred_at, summary) values ");
        for (int i = 0; i < events.size(); i++) {
            int p = i * 6;
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 1; c <= 6; c++) {
                sql.append(c == 1 ? "?" : ", ?").append(p + c);
            }
            sql.append(')');
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < events.size(); i++) {
            TimelineEntry entry = TimelineEntry.of(events.get(i));
            int p = i * 6;
            insert.setParameter(p + 1, entry.caseId()).setParameter(p + 2, entry.eventId())
                    .setParameter(p + 3, entry.eventType()).setParameter(p + 4, entry.agency())
                    .setParameter(p + 5, OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                    .setParameter(p + 6, entry.summary());
        }
        insert.executeUpdate();
    }
}
