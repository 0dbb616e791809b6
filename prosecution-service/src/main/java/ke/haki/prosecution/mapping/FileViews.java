package ke.haki.prosecution.mapping;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ke.haki.law.ChargeCount;
import ke.haki.kit.timeline.TimelineEntry;
import ke.haki.prosecution.api.CountView;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.api.SentenceView;
import ke.haki.prosecution.api.SittingView;
import ke.haki.prosecution.api.SuspectView;
import ke.haki.prosecution.api.TimelineEntryView;
import ke.haki.prosecution.repository.CaseProjectionEntity;
import ke.haki.prosecution.repository.CourtSittingEntity;
import ke.haki.prosecution.repository.ProsecutionFileEntity;

/** The API's views of the stored rows: a file with its police facts and proposed charge, a sitting, a timeline entry. */
@ApplicationScoped
public class FileViews {

    @Inject
    StoredJson json;

    public FileView file(FileRows rows) {
        ProsecutionFileEntity f = rows.file();
        CaseProjectionEntity c = rows.projection();
        List<SuspectView> suspects = rows.suspects().stream()
                .map(s -> new SuspectView(s.suspectRef, s.ageYears, s.relationship, s.arrestedAt, s.arraignedAt,
                        s.arraignedInTime))
                .toList();
        List<CountView> proposed = FileMapping.facts(c, rows.suspects()).proposal()
                .map(p -> countViews(p.counts())).orElse(null);
        return new FileView(f.caseId, f.fileNumber, f.countyCode, f.officeCode, c.stationCode, c.obNumber, c.offence,
                c.offenceDate, f.status, f.referralNumber, f.receivedAt, f.prosecutorRef, c.victimPseudonym,
                c.victimAge, c.victimAgeBand, c.victimAgeBasis, suspects, c.medicalEvidenceCount, proposed,
                f.evidentialTestMet, f.publicInterestTestMet, f.countsJson == null ? null : countViews(json.counts(f.countsJson)),
                f.overrideReason, f.declineReason, json.strings(f.directionsJson),
                f.respondBy, f.courtStation, f.courtCaseNumber, f.chargeFiledOn, f.plea, f.nextCourtDate, f.verdict,
                f.judgmentOn, f.sentenceLife == null ? null : new SentenceView(f.sentenceLife, f.sentenceYears, null,
                        f.sentenceMonths, f.sentenceNonCustodial),
                f.minimumLife == null ? null : new SentenceView(f.minimumLife, f.minimumYears, f.minimumStatute, null, null),
                f.belowMinimum, f.appellant, f.appealCourt, f.appealOutcome, f.courtEnding, f.convictedOffence,
                f.childAgeFound, f.accusedRef, f.endedOn, f.rulingReference, f.divertedOn, f.diversionProgramme,
                f.diversionOutcome, f.overrideReasonCode, json.directions(f.directionCodesJson), f.courtCode,
                f.appealCourtCode, f.version);
    }

    public static SittingView sitting(CourtSittingEntity s, long fileVersion) {
        return new SittingView(s.id, s.kind, s.sittingDate, s.adjourned, s.adjournmentReason, s.nextDate, fileVersion);
    }

    public static TimelineEntryView timelineEntry(TimelineEntry t) {
        return new TimelineEntryView(t.eventId(), t.eventType(), t.agency(), t.occurredAt(), t.summary());
    }

    private static List<CountView> countViews(List<ChargeCount> counts) {
        return counts.stream().map(k -> new CountView(k.statute(), k.alternative())).toList();
    }
}
