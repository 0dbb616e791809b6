package ke.haki.monitoring.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import ke.haki.contract.Agency;
import ke.haki.contract.CaseEvent;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.law.KenyanTime;
import ke.haki.monitoring.repository.TimerStore.ArrestTimer;
import ke.haki.monitoring.repository.TimerStore.Gap;

/**
 * One case's small projection tables (suspects, arrest timers, sequence gaps, court sittings) as
 * {@link TimerStore#loadFor} read them for a batch of events, changed in memory while the batch is
 * applied, in its order, and written back once by {@link TimerStore#save}. Each method does what
 * the row-by-row statement it stands for did: an arraignment or release of a suspect without a
 * timer changes nothing, a gap already recorded stays as it was.
 */
public final class CaseTimers {

    record Suspect(String suspectRef, String relationship, Integer ageYears) {}

    record GapKey(Agency agency, long missingSequence) {}

    record Sitting(UUID eventId, String kind, LocalDate date, boolean adjourned, String adjournmentReason,
            LocalDate nextDate) {}

    final String caseId;
    /** By suspect reference, the order the suspects' ages are listed in. */
    final Map<String, Suspect> suspects = new TreeMap<>();
    final Map<String, ArrestTimer> arrests = new LinkedHashMap<>();
    final Map<GapKey, Gap> gaps = new LinkedHashMap<>();
    final Set<String> changedSuspects = new LinkedHashSet<>();
    final Set<String> changedArrests = new LinkedHashSet<>();
    final Set<GapKey> changedGaps = new LinkedHashSet<>();
    final List<Sitting> sittings = new ArrayList<>();

    CaseTimers(String caseId) {
        this.caseId = caseId;
    }

    public void upsertSuspect(String suspectRef, String relationship, Integer ageYears) {
        suspects.put(suspectRef, new Suspect(suspectRef, relationship, ageYears));
        changedSuspects.add(suspectRef);
    }

    /** Whether a suspect of the case is a family member of the child (s.20(1) incest applies). */
    public boolean hasFamilyMemberSuspect() {
        return suspects.values().stream().anyMatch(s -> "FAMILY_MEMBER".equals(s.relationship()));
    }

    /** The suspect's age at the offence as the police recorded it; null when unknown. */
    public Integer suspectAge(String suspectRef) {
        Suspect s = suspects.get(suspectRef);
        return s == null ? null : s.ageYears();
    }

    /** The age at the offence of every suspect of the case, by suspect reference (null where unknown). */
    public List<Integer> suspectAges() {
        return suspects.values().stream().map(Suspect::ageYears).toList();
    }

    /** The only suspect's ref, when the case has exactly one; else null. */
    public String onlySuspect() {
        return suspects.size() == 1 ? suspects.keySet().iterator().next() : null;
    }

    /** A new arrest restarts the suspect's timer (an alert already raised for it stays recorded). */
    public void startArrestTimer(String suspectRef, Instant arrestedAt, Instant dueBy) {
        ArrestTimer before = arrests.get(suspectRef);
        arrests.put(suspectRef, new ArrestTimer(suspectRef, arrestedAt, dueBy, null, null, before != null && before.alerted()));
        changedArrests.add(suspectRef);
    }

    public void recordArraignment(String suspectRef, Instant arraignedAt) {
        ArrestTimer t = arrests.get(suspectRef);
        if (t != null) {
            changeArrest(new ArrestTimer(suspectRef, t.arrestedAt(), t.dueBy(), arraignedAt, t.releasedAt(), t.alerted()));
        }
    }

    public void recordRelease(String suspectRef, Instant releasedAt) {
        ArrestTimer t = arrests.get(suspectRef);
        if (t != null) {
            changeArrest(new ArrestTimer(suspectRef, t.arrestedAt(), t.dueBy(), t.arraignedAt(), releasedAt, t.alerted()));
        }
    }

    public void markArrestAlerted(String suspectRef) {
        ArrestTimer t = arrests.get(suspectRef);
        if (t != null) {
            changeArrest(new ArrestTimer(suspectRef, t.arrestedAt(), t.dueBy(), t.arraignedAt(), t.releasedAt(), true));
        }
    }

    private void changeArrest(ArrestTimer t) {
        arrests.put(t.suspectRef(), t);
        changedArrests.add(t.suspectRef());
    }

    public Optional<ArrestTimer> arrestTimer(String suspectRef) {
        return Optional.ofNullable(arrests.get(suspectRef));
    }

    /** Timers still running (no arraignment, release or alert), earliest due first. */
    public List<ArrestTimer> runningArrestTimers() {
        return arrests.values().stream().filter(t -> t.arraignedAt() == null && t.releasedAt() == null && !t.alerted())
                .sorted(Comparator.comparing(ArrestTimer::dueBy)).toList();
    }

    public void addGap(Agency agency, long missing, Instant graceUntil) {
        GapKey key = new GapKey(agency, missing);
        if (!gaps.containsKey(key)) {
            gaps.put(key, new Gap(agency, missing, graceUntil, false, false));
            changedGaps.add(key);
        }
    }

    /** @return true when {@code sequence} filled a gap */
    public boolean fillGap(Agency agency, long sequence) {
        GapKey key = new GapKey(agency, sequence);
        Gap g = gaps.get(key);
        if (g == null || g.filled()) {
            return false;
        }
        gaps.put(key, new Gap(agency, sequence, g.graceUntil(), true, g.alerted()));
        changedGaps.add(key);
        return true;
    }

    /** Gaps neither filled nor alerted, earliest grace end first. */
    public List<Gap> waitingGaps() {
        return gaps.values().stream().filter(g -> !g.filled() && !g.alerted())
                .sorted(Comparator.comparing(Gap::graceUntil)).toList();
    }

    /** A court sitting as recorded (once per event): its adjournment reason and the next date it set. */
    public void recordSitting(CaseEvent event, CourtSittingRecorded s) {
        sittings.add(new Sitting(event.eventId(), s.kind() == null ? null : s.kind().name(),
                s.sittingDate() != null ? s.sittingDate() : KenyanTime.dateOf(event.occurredAt()), s.adjourned(),
                s.adjourned() && s.adjournmentReason() != null ? s.adjournmentReason().name() : null, s.nextDate()));
    }
}
