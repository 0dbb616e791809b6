package ke.haki.monitoring.repository;

import static ke.haki.kit.sql.SqlValues.instant;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ke.haki.contract.Agency;

/** The projection's small tables: suspects' relationships, arrest timers and sequence gaps. */
@ApplicationScoped
public class TimerStore {

    public record ArrestTimer(String suspectRef, Instant arrestedAt, Instant dueBy, Instant arraignedAt,
            Instant releasedAt, boolean alerted) {}

    public record Gap(Agency agency, long missingSequence, Instant graceUntil, boolean filled, boolean alerted) {}

    @Inject
    EntityManager em;

    public void upsertSuspect(String caseId, String suspectRef, String relationship, Integer ageYears) {
        em.createNativeQuery("""
                insert into case_suspect (case_id, suspect_ref, relationship, age_years) values (?1, ?2, ?3, ?4)
                on conflict (case_id, suspect_ref) do update set relationship = excluded.relationship,
                    age_years = excluded.age_years""")
                .setParameter(1, caseId).setParameter(2, suspectRef).setParameter(3, relationship)
                .setParameter(4, ageYears)
                .executeUpdate();
    }

    /** Whether a suspect of the case is a family member of the child (s.20(1) incest applies). */
    public boolean hasFamilyMemberSuspect(String caseId) {
        return !em.createNativeQuery("select 1 from case_suspect where case_id = ?1 and relationship = 'FAMILY_MEMBER'")
                .setParameter(1, caseId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The suspect's age at the offence as the police recorded it; null when unknown. */
    public Integer suspectAge(String caseId, String suspectRef) {
        List<?> rows = em.createNativeQuery("select age_years from case_suspect where case_id = ?1 and suspect_ref = ?2")
                .setParameter(1, caseId).setParameter(2, suspectRef).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).intValue();
    }

    /** The age at the offence of every suspect of the case as the police recorded it (null where unknown). */
    public List<Integer> suspectAges(String caseId) {
        List<?> rows = em.createNativeQuery("select age_years from case_suspect where case_id = ?1 order by suspect_ref")
                .setParameter(1, caseId).getResultList();
        return rows.stream().map(r -> r == null ? null : ((Number) r).intValue()).toList();
    }

    /** The only suspect's ref, when the case has exactly one; else null. */
    public String onlySuspect(String caseId) {
        List<?> rows = em.createNativeQuery("select suspect_ref from case_suspect where case_id = ?1 limit 2")
                .setParameter(1, caseId).getResultList();
        return rows.size() == 1 ? (String) rows.get(0) : null;
    }

    public void recordRelease(String caseId, String suspectRef, Instant releasedAt) {
        em.createNativeQuery("update arrest_timer set released_at = ?3 where case_id = ?1 and suspect_ref = ?2")
                .setParameter(1, caseId).setParameter(2, suspectRef).setParameter(3, ts(releasedAt))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public java.util.Optional<ArrestTimer> arrestTimer(String caseId, String suspectRef) {
        List<Object[]> rows = em.createNativeQuery("""
                select suspect_ref, arrested_at, due_by, arraigned_at, released_at, alerted from arrest_timer
                where case_id = ?1 and suspect_ref = ?2""")
                .setParameter(1, caseId).setParameter(2, suspectRef).getResultList();
        return rows.stream().map(TimerStore::arrestTimer).findFirst();
    }

    private static ArrestTimer arrestTimer(Object[] r) {
        return new ArrestTimer((String) r[0], instant(r[1]), instant(r[2]), instant(r[3]), instant(r[4]), (Boolean) r[5]);
    }

    public void startArrestTimer(String caseId, String suspectRef, Instant arrestedAt, Instant dueBy) {
        em.createNativeQuery("""
                insert into arrest_timer (case_id, suspect_ref, arrested_at, due_by) values (?1, ?2, ?3, ?4)
                on conflict (case_id, suspect_ref) do update set arrested_at = excluded.arrested_at,
                    due_by = excluded.due_by, arraigned_at = null, released_at = null""")
                .setParameter(1, caseId).setParameter(2, suspectRef).setParameter(3, ts(arrestedAt))
                .setParameter(4, ts(dueBy))
                .executeUpdate();
    }

    public void recordArraignment(String caseId, String suspectRef, Instant arraignedAt) {
        em.createNativeQuery("update arrest_timer set arraigned_at = ?3 where case_id = ?1 and suspect_ref = ?2")
                .setParameter(1, caseId).setParameter(2, suspectRef).setParameter(3, ts(arraignedAt))
                .executeUpdate();
    }

    public void markArrestAlerted(String caseId, String suspectRef) {
        em.createNativeQuery("update arrest_timer set alerted = true where case_id = ?1 and suspect_ref = ?2")
                .setParameter(1, caseId).setParameter(2, suspectRef).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<ArrestTimer> runningArrestTimers(String caseId) {
        List<Object[]> rows = em.createNativeQuery("""
                select suspect_ref, arrested_at, due_by, arraigned_at, released_at, alerted from arrest_timer
                where case_id = ?1 and arraigned_at is null and released_at is null and not alerted order by due_by""")
                .setParameter(1, caseId).getResultList();
        return rows.stream().map(TimerStore::arrestTimer).toList();
    }

    public void addGap(String caseId, Agency agency, long missing, Instant graceUntil) {
        em.createNativeQuery("""
                insert into sequence_gap (case_id, agency, missing_sequence, grace_until) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, caseId).setParameter(2, agency.name()).setParameter(3, missing)
                .setParameter(4, ts(graceUntil)).executeUpdate();
    }

    /** @return true when {@code sequence} filled a gap */
    public boolean fillGap(String caseId, Agency agency, long sequence) {
        return em.createNativeQuery("""
                update sequence_gap set filled = true
                where case_id = ?1 and agency = ?2 and missing_sequence = ?3 and not filled""")
                .setParameter(1, caseId).setParameter(2, agency.name()).setParameter(3, sequence)
                .executeUpdate() == 1;
    }

    public void markGapAlerted(String caseId, Agency agency, long missing) {
        em.createNativeQuery("""
                update sequence_gap set alerted = true where case_id = ?1 and agency = ?2 and missing_sequence = ?3""")
                .setParameter(1, caseId).setParameter(2, agency.name()).setParameter(3, missing).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Gap> waitingGaps(String caseId) {
        List<Object[]> rows = em.createNativeQuery("""
                select agency, missing_sequence, grace_until, filled, alerted from sequence_gap
                where case_id = ?1 and not filled and not alerted order by grace_until""")
                .setParameter(1, caseId).getResultList();
        return rows.stream().map(r -> new Gap(Agency.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                instant(r[2]), (Boolean) r[3], (Boolean) r[4])).toList();
    }

    /**
     * After a rebuild: timers and gaps whose breach already has an alert are marked as alerted,
     * as the live projection marked them when it raised the alert.
     *
     * @return the cases changed (their next deadline is to be computed again)
     */
    @SuppressWarnings("unchecked")
    public java.util.Set<String> markAlertedFromExistingAlerts() {
        java.util.Set<String> changed = new java.util.HashSet<>();
        changed.addAll(em.createNativeQuery("""
                update arrest_timer t set alerted = true where not t.alerted and exists (select 1 from alert a
                where a.case_id = t.case_id and a.alert_type = 'ARRAIGNMENT_OVERDUE'
                  and a.breach_key = 'arraignment:' || t.suspect_ref) returning t.case_id""").getResultList());
        changed.addAll(em.createNativeQuery("""
                update sequence_gap g set alerted = true where not g.alerted and exists (select 1 from alert a
                where a.case_id = g.case_id and a.alert_type = 'EVENT_SEQUENCE_GAP'
                  and a.breach_key = 'gap:' || g.agency || ':' || g.missing_sequence) returning g.case_id""").getResultList());
        return changed;
    }

    /** A court sitting as recorded (once per event): its adjournment reason and the next date it set. */
    public void recordSitting(ke.haki.contract.CaseEvent event, ke.haki.contract.odpp.CourtSittingRecorded s) {
        em.createNativeQuery("""
                insert into court_sitting (event_id, case_id, sitting_kind, sitting_date, adjourned, adjournment_reason,
                    next_date) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                .setParameter(1, event.eventId()).setParameter(2, event.caseId()).setParameter(3, s.kind() == null ? null : s.kind().name())
                .setParameter(4, s.sittingDate() != null ? s.sittingDate() : ke.haki.law.KenyanTime.dateOf(event.occurredAt())).setParameter(5, s.adjourned())
                .setParameter(6, s.adjourned() && s.adjournmentReason() != null ? s.adjournmentReason().name() : null)
                .setParameter(7, s.nextDate())
                .executeUpdate();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
