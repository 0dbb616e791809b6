package ke.haki.police.mapping;

import ke.haki.kit.timeline.TimelineEntry;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.police.api.CaseCreatedView;
import ke.haki.police.api.CaseView;
import ke.haki.police.api.SuspectView;
import ke.haki.police.api.TimelineEntryView;
import ke.haki.police.api.VictimRecordedView;
import ke.haki.police.api.VictimView;
import ke.haki.police.domain.Suspect;
import ke.haki.police.domain.Victim;
import ke.haki.police.repository.CaseCounts;
import ke.haki.police.repository.PoliceCaseEntity;

/** The API's views of a case and of what it holds. */
public final class CaseViews {

    private CaseViews() {}

    public static CaseView view(PoliceCaseEntity c, CaseCounts counts) {
        return new CaseView(c.caseId, c.obNumber, c.stationCode, c.countyCode, c.offence, c.offenceDate,
                c.reportedAt, c.status, c.victimPseudonym, c.victimAge, c.victimAgeBand, counts.suspects(),
                counts.medicalEvidence(), c.referralCount, c.odppFileNumber, c.courtCaseNumber, c.verdict,
                c.closureReason, c.version);
    }

    public static CaseCreatedView created(PoliceCaseEntity c) {
        return new CaseCreatedView(c.caseId, c.obNumber, c.status, c.version);
    }

    /** A suspect, with the deadline of Constitution Art. 49(1)(f) once arrested. */
    public static SuspectView suspect(Suspect s, ArraignmentDeadline deadline) {
        return new SuspectView(s.ref(), s.fullName(), s.ageYears(), s.relationship(), s.arrestedAt(),
                s.arrestedAt() == null ? null : deadline.dueBy(s.arrestedAt()), s.arraignedAt(),
                s.arraignmentCourt(), s.arraignedInTime(), s.releasedAt(), s.releaseTerms());
    }

    /** An entry of the case's timeline, with the note sent with its event (null if none). */
    public static TimelineEntryView timelineEntry(TimelineEntry t, String note) {
        return new TimelineEntryView(t.eventId(), t.eventType(), t.agency(), t.occurredAt(), t.summary(), note);
    }

    public static VictimRecordedView victimRecorded(Victim v, long version) {
        return new VictimRecordedView(v.pseudonym(), v.age().years(), v.age().basis(), v.age().band(), version);
    }

    /** The child's identity and particulars, for police roles only. */
    public static VictimView victim(PoliceCaseEntity c, VictimIdentity id) {
        return new VictimView(c.victimPseudonym, id.fullName(), id.birthDate(), c.victimAge, c.victimAgeBasis,
                c.victimAgeBand, c.victimSex, Boolean.TRUE.equals(c.victimDisability), id.guardianName(),
                id.guardianPhone(), id.address());
    }
}
