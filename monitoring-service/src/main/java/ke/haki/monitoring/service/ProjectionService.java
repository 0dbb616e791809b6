package ke.haki.monitoring.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.EventDispatch;
import ke.haki.contract.EventType;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.monitoring.config.MonitoringConfig;
import ke.haki.monitoring.domain.MonitoredCase;
import ke.haki.monitoring.domain.QuietCasePolicy;
import ke.haki.monitoring.domain.SequenceGapPolicy;
import ke.haki.monitoring.domain.Stage;
import ke.haki.monitoring.domain.TrialDelayPolicy;
import ke.haki.monitoring.repository.CaseDeadlineRepository;
import ke.haki.monitoring.repository.CaseTimers;
import ke.haki.monitoring.repository.MonitoredCaseEntity;
import ke.haki.monitoring.repository.MonitoredCaseRepository;
import ke.haki.monitoring.repository.TimelineEntryEntity;
import ke.haki.monitoring.repository.TimelineRepository;
import ke.haki.monitoring.repository.TimerStore;

/**
 * Folds NPS and ODPP events into the pseudonymised projection: the timeline row, the case's
 * stage and identifiers, the arraignment timers, sequence gaps and the case's next deadline.
 * Events come in batches ({@link ProjectionBatch}: read at once, applied in memory in order,
 * written once). Applying an event twice changes nothing (the timeline row is keyed by the event
 * id). Raises no alerts: that is {@link MonitoringService}'s job, so a rebuild can replay events
 * through here.
 */
@ApplicationScoped
public class ProjectionService {

    /** Held shared by every event applied, exclusively by a rebuild. */
    static final long PROJECTION_LOCK = 0x4841_4b49_4d4fL; // "HAKIMO"

    public static final String DEADLINE_QUIET = "CASE_QUIET";
    public static final String DEADLINE_ARRAIGNMENT = "ARRAIGNMENT";
    public static final String DEADLINE_SEQUENCE_GAP = "SEQUENCE_GAP";
    public static final String DEADLINE_TRIAL = "TRIAL_DELAY";

    /** What an applied event changed that the rules care about. */
    public record Applied(MonitoredCaseEntity monitoredCase, Stage stageBefore, boolean progress,
            List<Long> gapsFilled) {}

    @Inject
    EntityManager em;

    @Inject
    MonitoredCaseRepository cases;

    @Inject
    TimelineRepository timeline;

    @Inject
    CaseDeadlineRepository deadlines;

    @Inject
    TimerStore timers;

    @Inject
    MonitoringConfig config;

    @Inject
    ArraignmentDeadline arraignment;

    void lockShared() {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(?1)").setParameter(1, PROJECTION_LOCK)
                .getSingleResult();
    }

    void lockExclusive() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, PROJECTION_LOCK).getSingleResult();
    }

    /**
     * In the caller's transaction, before a batch of events is applied: their cases locked (a row
     * created for each new one), their timers and gaps, and which of them are on a timeline already,
     * in a few statements. From here on the transaction writes at its commit only: the batch reads
     * nothing it has changed from the database.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProjectionBatch load(List<CaseEvent> events) {
        if (events.isEmpty()) {
            return ProjectionBatch.empty();
        }
        em.setFlushMode(FlushModeType.COMMIT);
        List<String> ids = events.stream().map(CaseEvent::caseId).distinct().sorted().toList();
        MonitoredCaseRepository.Locked locked = cases.lockAll(ids);
        return new ProjectionBatch(locked.cases(), timers.loadFor(ids),
                timeline.existing(events.stream().map(CaseEvent::eventId).toList()), locked.created());
    }

    /** After the batch's last event: its timers and gaps written back, the rows of cases it did not use removed. */
    public void save(ProjectionBatch batch) {
        timers.save(batch.timers.values());
        cases.deleteUnused(batch.unused());
    }

    /**
     * Why the event does not fit its case as the monitor knows it ({@link MonitoredCase#misfit}); empty
     * when it fits or was applied before. Changes nothing.
     */
    public Optional<String> misfit(ProjectionBatch batch, CaseEvent event) {
        if (batch.onTimeline.contains(event.eventId())) {
            return Optional.empty();
        }
        return monitored(batch.cases.get(event.caseId())).misfit(event);
    }

    /** The case's row as the stage and lifecycle rules see it. */
    private static MonitoredCase monitored(MonitoredCaseEntity c) {
        return MonitoredCase.of(c.stage, c.reportedAt != null, c.judgmentAt, c.lastOdppSequence, c.lastEventAt,
                c.lastProgressAt);
    }

    /**
     * Folds the event into its case of the batch (in memory; written at commit and by {@link #save}).
     *
     * @return what changed, or empty when the event was applied before or does not fit the case (a rebuild skips it)
     */
    public Optional<Applied> apply(ProjectionBatch batch, CaseEvent event) {
        if (batch.onTimeline.contains(event.eventId()) || misfit(batch, event).isPresent()) {
            return Optional.empty();
        }
        MonitoredCaseEntity c = batch.cases.get(event.caseId());
        CaseTimers t = batch.timers.get(event.caseId());
        timeline.persist(entry(event));
        batch.applied(event.eventId(), c.caseId, event.type().typeName());

        List<Long> filled = trackSequence(c, t, event);
        EventDispatch.any(event, new PoliceFacts(c, t, arraignment), new ProsecutionFacts(c, t));
        MonitoredCase monitored = monitored(c);
        MonitoredCase.Change change = monitored.record(event, resumesAfterFailedDiversion(batch, c, event));
        c.stage = monitored.stage();
        c.lastEventAt = monitored.lastEventAt();
        c.lastProgressAt = monitored.lastProgressAt();
        if (change.restartsQuietClock()) {
            c.quietDueAt = quietPolicy().dueAt(c.stage, c.lastProgressAt).orElse(null);
        }
        refreshDeadline(c, t);
        return Optional.of(new Applied(c, change.stageBefore(), change.progress(), filled));
    }

    private static TimelineEntryEntity entry(CaseEvent event) {
        TimelineEntryEntity entry = new TimelineEntryEntity();
        entry.eventId = event.eventId();
        entry.caseId = event.caseId();
        entry.eventType = event.type().typeName();
        entry.agency = event.actingUnit().agency().name();
        entry.unitCode = event.actingUnit().unitCode();
        entry.sequence = event.sequence();
        entry.occurredAt = event.occurredAt();
        String summary = event.payload().summary();
        entry.summary = summary.length() > 300 ? summary.substring(0, 300) : summary;
        return entry;
    }

    /** Where a failed diversion returns the case, from the monitor's own facts: in court, charged, or under review. */
    private Stage resumesAfterFailedDiversion(ProjectionBatch batch, MonitoredCaseEntity c, CaseEvent event) {
        if (event.type() != EventType.ODPP_DIVERSION_CONCLUDED) {
            return null;
        }
        if (c.chargedAt != null) {
            return Stage.IN_COURT;
        }
        String approved = EventType.ODPP_CHARGE_APPROVED.typeName();
        return batch.applied(c.caseId, approved) || timeline.has(c.caseId, approved) ? Stage.CHARGED : Stage.REFERRED;
    }

    QuietCasePolicy quietPolicy() {
        return new QuietCasePolicy(config.quiet().asLimits());
    }

    /**
     * Sets the case's next deadline: the earliest of its quiet limit, arraignment timers, sequence
     * gaps and trial limit, and writes it (with the quiet limit) to the sweep's case_deadline row
     * in the caller's transaction; a case with none has no row. The only writer of those fields.
     */
    void refreshDeadline(MonitoredCaseEntity c) {
        refreshDeadline(c, timers.runningArrestTimers(c.caseId), timers.waitingGaps(c.caseId));
    }

    /** {@link #refreshDeadline(MonitoredCaseEntity)} from the case's timers as a batch holds them. */
    void refreshDeadline(MonitoredCaseEntity c, CaseTimers t) {
        refreshDeadline(c, t.runningArrestTimers(), t.waitingGaps());
    }

    private void refreshDeadline(MonitoredCaseEntity c, List<TimerStore.ArrestTimer> running, List<TimerStore.Gap> waiting) {
        record Deadline(Instant at, String kind) {}
        Stream<Deadline> quiet = Stream.ofNullable(c.quietDueAt).map(at -> new Deadline(at, DEADLINE_QUIET));
        Stream<Deadline> arrests = running.stream().map(t -> new Deadline(t.dueBy(), DEADLINE_ARRAIGNMENT));
        Stream<Deadline> gaps = waiting.stream().map(g -> new Deadline(g.graceUntil(), DEADLINE_SEQUENCE_GAP));
        Stream<Deadline> trial = Stream.ofNullable(trialDeadline(c)).map(at -> new Deadline(at, DEADLINE_TRIAL));
        Optional<Deadline> next = Stream.of(quiet, arrests, gaps, trial).flatMap(s -> s)
                .min(Comparator.comparing(Deadline::at));
        c.nextDeadlineAt = next.map(Deadline::at).orElse(null);
        c.deadlineKind = next.map(Deadline::kind).orElse(null);
        deadlines.write(c);
    }

    /** The charge-to-judgment limit of a case in court that has no judgment and no alert for it yet. */
    Instant trialDeadline(MonitoredCaseEntity c) {
        if (c.chargedAt == null || c.judgmentAt != null || c.trialDelayAlerted || c.stage == null || !c.stage.awaitsJudgment()) {
            return null;
        }
        return c.chargedAt.plus(config.trialDelay().chargeToJudgment());
    }

    private List<Long> trackSequence(MonitoredCaseEntity c, CaseTimers t, CaseEvent event) {
        Agency agency = event.actingUnit().agency();
        long last = agency == Agency.NPS ? c.lastNpsSequence : c.lastOdppSequence;
        List<Long> filled = new ArrayList<>();
        if (event.sequence() > last) {
            SequenceGapPolicy policy = new SequenceGapPolicy(config.sequenceGapGrace());
            for (long missing : SequenceGapPolicy.missing(last, event.sequence())) {
                t.addGap(agency, missing, policy.graceUntil(event.occurredAt()));
            }
            if (agency == Agency.NPS) {
                c.lastNpsSequence = event.sequence();
            } else {
                c.lastOdppSequence = event.sequence();
            }
        } else if (t.fillGap(agency, event.sequence())) {
            filled.add(event.sequence());
        }
        return filled;
    }

    static TrialDelayPolicy.Streak streak(MonitoredCaseEntity c) {
        return new TrialDelayPolicy.Streak(c.adjournmentReason, c.adjournmentStreak, c.adjournmentStreakSince);
    }

}
