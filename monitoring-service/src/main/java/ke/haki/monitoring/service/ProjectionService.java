package ke.haki.monitoring.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.EventPayload;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.SuspectReleased;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.law.AgeBand;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.monitoring.config.MonitoringConfig;
import ke.haki.monitoring.domain.QuietCasePolicy;
import ke.haki.monitoring.domain.SequenceGapPolicy;
import ke.haki.monitoring.domain.Stage;
import ke.haki.monitoring.domain.StageTransitions;
import ke.haki.monitoring.domain.TimelineSummary;
import ke.haki.monitoring.domain.TrialDelayPolicy;
import ke.haki.monitoring.repository.MonitoredCaseEntity;
import ke.haki.monitoring.repository.MonitoredCaseRepository;
import ke.haki.monitoring.repository.TimelineEntryEntity;
import ke.haki.monitoring.repository.TimelineRepository;
import ke.haki.monitoring.repository.TimerStore;

/**
 * Folds one NPS or ODPP event into the pseudonymised projection: the timeline row, the case's
 * stage and identifiers, the arraignment timers, sequence gaps and the case's next deadline.
 * Applying an event twice changes nothing (the timeline row is keyed by the event id). Raises no
 * alerts: that is {@link MonitoringService}'s job, so a rebuild can replay events through here.
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

    /** @return what changed, or empty when the event was applied before */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Applied> apply(CaseEvent event) {
        if (timeline.findByIdOptional(event.eventId()).isPresent()) {
            return Optional.empty();
        }
        em.createNativeQuery("insert into monitored_case (case_id) values (?1) on conflict do nothing")
                .setParameter(1, event.caseId()).executeUpdate();
        MonitoredCaseEntity c = cases.findForUpdate(event.caseId()).orElseThrow();
        Stage before = c.stage;
        EventPayload payload = event.payload();

        TimelineEntryEntity entry = new TimelineEntryEntity();
        entry.eventId = event.eventId();
        entry.caseId = event.caseId();
        entry.eventType = event.type().typeName();
        entry.agency = event.actingUnit().agency().name();
        entry.unitCode = event.actingUnit().unitCode();
        entry.sequence = event.sequence();
        entry.occurredAt = event.occurredAt();
        entry.summary = TimelineSummary.of(event);
        timeline.persist(entry);

        List<Long> filled = trackSequence(c, event);
        applyFacts(c, event);
        c.stage = StageTransitions.next(c.stage, payload);
        c.lastEventAt = latest(c.lastEventAt, event.occurredAt());
        boolean progress = StageTransitions.isProgress(payload);
        if (progress) {
            c.lastProgressAt = latest(c.lastProgressAt, event.occurredAt());
        }
        if (progress || c.stage != before) {
            c.quietDueAt = quietPolicy().dueAt(c.stage, c.lastProgressAt).orElse(null);
        }
        refreshDeadline(c);
        return Optional.of(new Applied(c, before, progress, filled));
    }

    QuietCasePolicy quietPolicy() {
        return new QuietCasePolicy(config.quiet().asLimits());
    }

    /** Sets the case's next deadline: the earliest of its quiet limit, arraignment timers and sequence gaps. */
    void refreshDeadline(MonitoredCaseEntity c) {
        record Deadline(Instant at, String kind) {}
        Stream<Deadline> quiet = Stream.ofNullable(c.quietDueAt).map(at -> new Deadline(at, DEADLINE_QUIET));
        Stream<Deadline> arrests = timers.runningArrestTimers(c.caseId).stream()
                .map(t -> new Deadline(t.dueBy(), DEADLINE_ARRAIGNMENT));
        Stream<Deadline> gaps = timers.waitingGaps(c.caseId).stream()
                .map(g -> new Deadline(g.graceUntil(), DEADLINE_SEQUENCE_GAP));
        Stream<Deadline> trial = Stream.ofNullable(trialDeadline(c)).map(at -> new Deadline(at, DEADLINE_TRIAL));
        Optional<Deadline> next = Stream.of(quiet, arrests, gaps, trial).flatMap(s -> s)
                .min(Comparator.comparing(Deadline::at));
        c.nextDeadlineAt = next.map(Deadline::at).orElse(null);
        c.deadlineKind = next.map(Deadline::kind).orElse(null);
    }

    /** The charge-to-judgment limit of a case in court that has no judgment and no alert for it yet. */
    Instant trialDeadline(MonitoredCaseEntity c) {
        if (c.chargedAt == null || c.judgmentAt != null || c.trialDelayAlerted || c.stage == null || !c.stage.isOpen()) {
            return null;
        }
        return c.chargedAt.plus(config.trialDelay().chargeToJudgment());
    }

    private List<Long> trackSequence(MonitoredCaseEntity c, CaseEvent event) {
        Agency agency = event.actingUnit().agency();
        long last = agency == Agency.NPS ? c.lastNpsSequence : c.lastOdppSequence;
        List<Long> filled = new ArrayList<>();
        if (event.sequence() > last) {
            SequenceGapPolicy policy = new SequenceGapPolicy(config.sequenceGapGrace());
            for (long missing : SequenceGapPolicy.missing(last, event.sequence())) {
                timers.addGap(c.caseId, agency, missing, policy.graceUntil(event.occurredAt()));
            }
            if (agency == Agency.NPS) {
                c.lastNpsSequence = event.sequence();
            } else {
                c.lastOdppSequence = event.sequence();
            }
        } else if (timers.fillGap(c.caseId, agency, event.sequence())) {
            filled.add(event.sequence());
        }
        return filled;
    }

    private void applyFacts(MonitoredCaseEntity c, CaseEvent event) {
        EventPayload p = event.payload();
        if (p instanceof CaseReported r) {
            c.countyCode = r.countyCode();
            c.stationCode = r.stationCode();
            c.offence = r.offence();
            c.obNumber = r.obNumber();
            c.reportedAt = r.reportedAt();
        } else if (p instanceof VictimRecorded v) {
            c.victimPseudonym = v.victimPseudonym();
            c.victimAge = v.ageAtOffence();
            c.victimAgeBand = AgeBand.ofAge(v.ageAtOffence());
        } else if (p instanceof SuspectRecorded s) {
            timers.upsertSuspect(c.caseId, s.suspectRef(),
                    s.relationshipToVictim() == null ? null : s.relationshipToVictim().name(), s.ageYears());
        } else if (p instanceof SuspectArrested a) {
            // the monitor's own deadline from the arrest time, not the police's arraignmentDueBy
            timers.startArrestTimer(c.caseId, a.suspectRef(), a.arrestedAt(), arraignment.dueBy(a.arrestedAt()));
        } else if (p instanceof SuspectArraigned a) {
            timers.recordArraignment(c.caseId, a.suspectRef(), a.arraignedAt());
        } else if (p instanceof SuspectReleased r) {
            timers.recordRelease(c.caseId, r.suspectRef(), r.releasedAt());
        } else if (p instanceof CaseReferred r) {
            if (c.offence == null) {
                c.offence = r.offence();
            }
        } else if (p instanceof ReferralReceived r) {
            c.odppFileNumber = r.odppFileNumber();
        } else if (p instanceof ProsecutorAssigned a) {
            c.odppFileNumber = a.odppFileNumber();
        } else if (p instanceof ReturnedForInvestigation r) {
            c.odppFileNumber = r.odppFileNumber();
        } else if (p instanceof ChargeApproved a) {
            c.odppFileNumber = a.odppFileNumber();
        } else if (p instanceof ChargeDeclined d) {
            c.odppFileNumber = d.odppFileNumber();
        } else if (p instanceof ChargeFiled f) {
            c.odppFileNumber = f.odppFileNumber();
            c.courtCaseNumber = f.courtCaseNumber();
            c.chargedAt = earliest(c.chargedAt, event.occurredAt());
        } else if (p instanceof PleaRecorded pl) {
            c.courtCaseNumber = Objects.requireNonNullElse(c.courtCaseNumber, pl.courtCaseNumber());
        } else if (p instanceof CourtSittingRecorded s) {
            c.courtCaseNumber = Objects.requireNonNullElse(c.courtCaseNumber, s.courtCaseNumber());
            TrialDelayPolicy.Streak streak = streak(c).after(s);
            c.adjournmentReason = streak.reason();
            c.adjournmentStreak = streak.length();
            c.adjournmentStreakSince = streak.since();
            timers.recordSitting(event, s);
        } else if (p instanceof JudgmentDelivered j) {
            c.courtCaseNumber = Objects.requireNonNullElse(c.courtCaseNumber, j.courtCaseNumber());
            c.judgmentAt = earliest(c.judgmentAt, event.occurredAt());
            c.verdict = j.verdict().name();
            c.courtEnding = j.ending();
            c.convictedOffence = j.convictedOffence();
            c.childAgeFound = j.childAgeFound();
            c.accusedRef = j.accusedRef();
            recordSentence(c, j.sentence());
            c.sentenceFlaggedBelow = j.belowStatutoryMinimum();
        } else if (p instanceof ProceedingsTerminated t) {
            c.courtCaseNumber = Objects.requireNonNullElse(c.courtCaseNumber, t.courtCaseNumber());
            c.courtEnding = t.ending();
        } else if (p instanceof AppealDecided d) {
            if (d.outcome() == AppealDecided.AppealOutcome.SENTENCE_VARIED && d.variedSentence() != null) {
                recordSentence(c, d.variedSentence());
                c.sentenceFlaggedBelow = false;
            } else if (d.outcome() == AppealDecided.AppealOutcome.RETRIAL_ORDERED) {
                c.verdict = null;
                c.courtEnding = null;
                recordSentence(c, null);
            }
        } else if (p instanceof ClosureAttemptRefused) {
            c.prohibitedAttempts++;
        }
    }

    static TrialDelayPolicy.Streak streak(MonitoredCaseEntity c) {
        return new TrialDelayPolicy.Streak(c.adjournmentReason, c.adjournmentStreak, c.adjournmentStreakSince);
    }

    private static void recordSentence(MonitoredCaseEntity c, JudgmentDelivered.Sentence s) {
        c.sentenceLife = s == null ? null : s.life();
        c.sentenceYears = s == null ? null : s.years();
        c.sentenceMonths = s == null ? null : s.months();
        c.sentenceNonCustodial = s == null ? null : s.nonCustodial();
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
