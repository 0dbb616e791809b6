package ke.haki.police.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ke.haki.contract.CaseEvent;
import ke.haki.police.api.InvestigationUpdateRequest;
import ke.haki.police.api.MedicalEvidenceRequest;
import ke.haki.police.domain.CaseState;
import ke.haki.police.domain.PoliceCase;
import ke.haki.police.domain.Report;
import ke.haki.police.domain.Suspect;
import ke.haki.police.domain.Victim;
import ke.haki.police.domain.VictimAge;
import ke.haki.police.repository.CaseNoteEntity;
import ke.haki.police.repository.InvestigationUpdateEntity;
import ke.haki.police.repository.MedicalEvidenceEntity;
import ke.haki.police.repository.PoliceCaseEntity;
import ke.haki.police.repository.SuspectEntity;

/**
 * Between a case's rows and its aggregate: {@link #toAggregate} reads the rows into a
 * {@link PoliceCase}, {@link #write} and {@link #writeSuspects} put what it holds back. The rows keep
 * what the aggregate does not decide (the victim's encrypted identity, ODPP's file and court
 * numbers, the verdict, who created the case and when, the version).
 */
public final class CaseMapping {

    private CaseMapping() {}

    public static PoliceCase toAggregate(PoliceCaseEntity c, List<SuspectEntity> suspects, long medicalEvidence) {
        Report report = new Report(c.caseId, c.obNumber, c.stationCode, c.countyCode, c.offence, c.offenceDate,
                c.offencePlace, c.reportedAt);
        Victim victim = c.victimRecorded() ? new Victim(c.victimPseudonym,
                new VictimAge(c.victimAge, c.victimAgeBasis, c.victimAgeBand), c.victimSex,
                Boolean.TRUE.equals(c.victimDisability)) : null;
        return PoliceCase.restore(new CaseState(report, c.status, c.referralCount, c.odppOfficeCode, c.closureReason,
                victim, suspects.stream().map(CaseMapping::suspect).toList(), (int) medicalEvidence));
    }

    public static Suspect suspect(SuspectEntity s) {
        return new Suspect(s.suspectRef, s.fullName, s.ageYears, s.relationship, s.recordedAt, s.arrestedAt,
                s.arraignedAt, s.arraignmentCourt, s.arraignmentCourtCode, s.arraignedInTime, s.releasedAt,
                s.releaseTerms);
    }

    /** The row of a case just registered. */
    public static PoliceCaseEntity newEntity(CaseState state) {
        Report report = state.report();
        PoliceCaseEntity c = new PoliceCaseEntity();
        c.caseId = report.caseId();
        c.obNumber = report.obNumber();
        c.stationCode = report.stationCode();
        c.countyCode = report.countyCode();
        c.offence = report.offence();
        c.offenceDate = report.offenceDate();
        c.offencePlace = report.offencePlace();
        c.reportedAt = report.reportedAt();
        write(state, c);
        return c;
    }

    /** What the aggregate decides, into the case's row. */
    public static void write(CaseState state, PoliceCaseEntity c) {
        c.status = state.status();
        c.referralCount = state.referralCount();
        c.odppOfficeCode = state.odppOfficeCode();
        c.closureReason = state.closureReason();
        Victim victim = state.victim();
        if (victim != null) {
            c.victimPseudonym = victim.pseudonym();
            c.victimAge = victim.age().years();
            c.victimAgeBasis = victim.age().basis();
            c.victimAgeBand = victim.age().band();
            c.victimSex = victim.sex();
            c.victimDisability = victim.hasDisability();
        }
    }

    /** The suspects into their rows; returns the rows of suspects new to the case, to be persisted. */
    public static List<SuspectEntity> writeSuspects(CaseState state, List<SuspectEntity> rows) {
        Map<String, SuspectEntity> byRef = rows.stream()
                .collect(Collectors.toMap(s -> s.suspectRef, Function.identity()));
        List<SuspectEntity> added = new ArrayList<>();
        for (Suspect s : state.suspects()) {
            SuspectEntity row = byRef.get(s.ref());
            if (row == null) {
                row = new SuspectEntity();
                row.caseId = state.report().caseId();
                row.suspectRef = s.ref();
                added.add(row);
            }
            row.fullName = s.fullName();
            row.ageYears = s.ageYears();
            row.relationship = s.relationship();
            row.recordedAt = s.recordedAt();
            row.arrestedAt = s.arrestedAt();
            row.arraignedAt = s.arraignedAt();
            row.arraignmentCourt = s.arraignmentCourt();
            row.arraignmentCourtCode = s.arraignmentCourtCode();
            row.arraignedInTime = s.arraignedInTime();
            row.releasedAt = s.releasedAt();
            row.releaseTerms = s.releaseTerms();
        }
        return added;
    }

    public static MedicalEvidenceEntity medicalEvidence(String caseId, MedicalEvidenceRequest request, Instant now) {
        MedicalEvidenceEntity e = new MedicalEvidenceEntity();
        e.caseId = caseId;
        e.form = request.form();
        e.examinedOn = request.examinedOn();
        e.facility = request.facility();
        e.facilityCode = request.facilityCode();
        e.recordedAt = now;
        return e;
    }

    /** The note sent with a closure or a re-submission, keyed on the event it accompanied. */
    public static CaseNoteEntity caseNote(CaseEvent event, String note, String recordedBy, Instant now) {
        CaseNoteEntity n = new CaseNoteEntity();
        n.caseId = event.caseId();
        n.eventId = event.eventId();
        n.note = note;
        n.recordedBy = recordedBy;
        n.recordedAt = now;
        return n;
    }

    public static InvestigationUpdateEntity investigationUpdate(String caseId, InvestigationUpdateRequest request,
            String recordedBy, Instant now) {
        InvestigationUpdateEntity u = new InvestigationUpdateEntity();
        u.caseId = caseId;
        u.step = request.step();
        u.note = request.note();
        u.recordedBy = recordedBy;
        u.recordedAt = now;
        return u;
    }
}
