package ke.haki.monitoring.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ke.haki.monitoring.repository.CaseTimers;
import ke.haki.monitoring.repository.MonitoredCaseEntity;

/**
 * The projection rows a batch of events touches, read at once when the batch begins
 * ({@link ProjectionService#load}): its cases (locked), their timers and gaps, and which of its
 * events are on a timeline already. The events are applied to these in memory, in order
 * ({@link ProjectionService#apply}), and written back once ({@link ProjectionService#save}).
 */
final class ProjectionBatch {

    final Map<String, MonitoredCaseEntity> cases;
    final Map<String, CaseTimers> timers;
    /** The events on a timeline: before the batch, or applied in it. */
    final Set<UUID> onTimeline;
    /** The cases whose row the batch created; removed again if no event was applied to them. */
    final Set<String> created;
    /** The event types applied in this batch, by case. */
    private final Map<String, Set<String>> typesApplied = new HashMap<>();

    ProjectionBatch(Map<String, MonitoredCaseEntity> cases, Map<String, CaseTimers> timers, Set<UUID> onTimeline,
            Set<String> created) {
        this.cases = cases;
        this.timers = timers;
        this.onTimeline = onTimeline;
        this.created = created;
    }

    static ProjectionBatch empty() {
        return new ProjectionBatch(Map.of(), Map.of(), new HashSet<>(), Set.of());
    }

    void applied(UUID eventId, String caseId, String eventType) {
        onTimeline.add(eventId);
        typesApplied.computeIfAbsent(caseId, id -> new HashSet<>()).add(eventType);
    }

    /** Whether this batch applied an event of the type to the case. */
    boolean applied(String caseId, String eventType) {
        return typesApplied.getOrDefault(caseId, Set.of()).contains(eventType);
    }

    /** The cases whose row the batch created and no event was applied to. */
    Collection<String> unused() {
        return created.stream().filter(id -> !typesApplied.containsKey(id)).toList();
    }
}
