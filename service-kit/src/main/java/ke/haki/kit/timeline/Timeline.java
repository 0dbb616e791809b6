package ke.haki.kit.timeline;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ke.haki.contract.CaseEvent;

/** The timelines of a service's cases: what each case's events were, in the order they happened. */
@ApplicationScoped
public class Timeline {

    @Inject
    EntityManager em;

    /** Adds the event to its case's timeline, in the caller's transaction. */
    public void record(CaseEvent event) {
        em.persist(TimelineEntry.of(event));
    }

    /** The case's entries, oldest first (ties in the order they were recorded). */
    public List<TimelineEntry> ofCase(String caseId) {
        return em.createQuery("select t from KitTimelineEntry t where t.caseId = :caseId order by t.occurredAt, t.id",
                TimelineEntry.class).setParameter("caseId", caseId).getResultList();
    }
}
