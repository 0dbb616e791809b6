package ke.haki.prosecution.mapping;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ke.haki.law.ImposedSentence;
import ke.haki.law.MinimumSentence;
import ke.haki.prosecution.domain.Appeal;
import ke.haki.prosecution.domain.CaseFacts;
import ke.haki.prosecution.domain.ChargingDecision;
import ke.haki.prosecution.domain.CourtRecord;
import ke.haki.prosecution.domain.CourtSitting;
import ke.haki.prosecution.domain.Diversion;
import ke.haki.prosecution.domain.ProsecutionFile;
import ke.haki.prosecution.domain.TrialOutcome;
import ke.haki.prosecution.repository.CaseProjectionEntity;
import ke.haki.prosecution.repository.CaseSuspectEntity;
import ke.haki.prosecution.repository.CourtSittingEntity;
import ke.haki.prosecution.repository.ProsecutionFileEntity;

/**
 * The file's rows to the {@link ProsecutionFile} aggregate and back: {@link #toFile} reads every
 * column, {@link #write} writes every column the aggregate owns (the key, county, receipt time,
 * update time and version are the store's).
 */
@ApplicationScoped
public class FileMapping {

    @Inject
    StoredJson json;

    public ProsecutionFile toFile(FileRows rows) {
        ProsecutionFileEntity f = rows.file();
        return new ProsecutionFile(f.fileNumber, f.officeCode, f.referralNumber, f.status, f.prosecutorRef, charging(f),
                court(f), trial(f), diversion(f), appeal(f), facts(rows.projection(), rows.suspects()));
    }

    public static CaseFacts facts(CaseProjectionEntity c, List<CaseSuspectEntity> suspects) {
        return new CaseFacts(c.offence, c.victimAge, c.victimAgeBand, suspects.stream()
                .map(s -> new CaseFacts.Suspect(s.suspectRef, s.ageYears, s.relationship)).toList());
    }

    /** Writes the aggregate's state into its row. */
    public void write(ProsecutionFile file, ProsecutionFileEntity f) {
        f.fileNumber = file.fileNumber();
        f.officeCode = file.officeCode();
        f.referralNumber = file.referralNumber();
        f.status = file.status();
        f.prosecutorRef = file.prosecutorRef();
        writeCharging(file.charging(), f);
        writeCourt(file.court(), f);
        writeTrial(file.trial(), f);
        writeDiversion(file.diversion(), f);
        writeAppeal(file.appeal(), f);
    }

    /** The row of a sitting as recorded, by whom and when. */
    public static CourtSittingEntity sittingRow(String caseId, CourtSitting s, String recordedBy, Instant recordedAt) {
        CourtSittingEntity row = new CourtSittingEntity();
        row.caseId = caseId;
        row.kind = s.kind();
        row.sittingDate = s.sittingDate();
        row.adjourned = s.adjourned();
        row.adjournmentReason = s.adjournmentReason();
        row.nextDate = s.nextDate();
        row.note = s.note();
        row.recordedBy = recordedBy;
        row.recordedAt = recordedAt;
        return row;
    }

    private ChargingDecision charging(ProsecutionFileEntity f) {
        return new ChargingDecision(f.evidentialTestMet, f.publicInterestTestMet, f.proposedStatute,
                json.counts(f.countsJson), f.overrideReason, f.overrideReasonCode, f.declineReason,
                json.strings(f.directionsJson), json.directions(f.directionCodesJson), f.respondBy);
    }

    private void writeCharging(ChargingDecision c, ProsecutionFileEntity f) {
        f.evidentialTestMet = c.evidentialTestMet();
        f.publicInterestTestMet = c.publicInterestTestMet();
        f.proposedStatute = c.proposedStatute();
        f.countsJson = json.write(c.counts());
        f.overrideReason = c.overrideReason();
        f.overrideReasonCode = c.overrideReasonCode();
        f.declineReason = c.declineReason();
        f.directionsJson = json.write(c.directions());
        f.directionCodesJson = json.write(c.directionCodes());
        f.respondBy = c.respondBy();
    }

    private static CourtRecord court(ProsecutionFileEntity f) {
        return new CourtRecord(f.courtStation, f.courtCode, f.courtCaseNumber, f.chargeFiledOn, f.plea, f.pleaOn,
                f.nextCourtDate);
    }

    private static void writeCourt(CourtRecord c, ProsecutionFileEntity f) {
        f.courtStation = c.courtStation();
        f.courtCode = c.courtCode();
        f.courtCaseNumber = c.courtCaseNumber();
        f.chargeFiledOn = c.chargeFiledOn();
        f.plea = c.plea();
        f.pleaOn = c.pleaOn();
        f.nextCourtDate = c.nextCourtDate();
    }

    private static TrialOutcome trial(ProsecutionFileEntity f) {
        return new TrialOutcome(f.verdict, f.judgmentOn, f.courtEnding, sentence(f), f.convictedOffence,
                f.childAgeFound, f.accusedRef, minimum(f), f.belowMinimum, f.endedOn, f.rulingReference);
    }

    private static void writeTrial(TrialOutcome t, ProsecutionFileEntity f) {
        f.verdict = t.verdict();
        f.judgmentOn = t.judgmentOn();
        f.courtEnding = t.ending();
        writeSentence(t.sentence(), f);
        f.convictedOffence = t.convictedOffence();
        f.childAgeFound = t.childAgeFound();
        f.accusedRef = t.accusedRef();
        MinimumSentence m = t.minimum();
        f.minimumLife = m == null ? null : m.life();
        f.minimumYears = m == null || m.life() ? null : m.years();
        f.minimumStatute = m == null ? null : m.statute();
        f.belowMinimum = t.belowMinimum();
        f.endedOn = t.endedOn();
        f.rulingReference = t.rulingReference();
    }

    /** Life, a term of years and months, or non-custodial, in the columns that say which. */
    private static ImposedSentence sentence(ProsecutionFileEntity f) {
        if (f.sentenceLife == null) {
            return null;
        }
        if (f.sentenceLife) {
            return ImposedSentence.life();
        }
        if (Boolean.TRUE.equals(f.sentenceNonCustodial)) {
            return ImposedSentence.nonCustodial();
        }
        return ImposedSentence.term(f.sentenceYears, f.sentenceMonths == null ? 0 : f.sentenceMonths);
    }

    private static void writeSentence(ImposedSentence s, ProsecutionFileEntity f) {
        boolean term = s != null && s.kind() == ImposedSentence.Kind.TERM;
        f.sentenceLife = s == null ? null : s.kind() == ImposedSentence.Kind.LIFE;
        f.sentenceYears = term ? s.years() : null;
        f.sentenceMonths = term ? s.months() : null;
        f.sentenceNonCustodial = s != null && s.kind() == ImposedSentence.Kind.NON_CUSTODIAL ? true : null;
    }

    private static MinimumSentence minimum(ProsecutionFileEntity f) {
        return f.minimumLife == null ? null
                : new MinimumSentence(f.minimumLife, f.minimumYears == null ? 0 : f.minimumYears, f.minimumStatute);
    }

    private static Diversion diversion(ProsecutionFileEntity f) {
        return new Diversion(f.divertedOn, f.diversionProgramme, f.diversionOutcome, f.diversionConcludedOn,
                f.diversionReason);
    }

    private static void writeDiversion(Diversion d, ProsecutionFileEntity f) {
        f.divertedOn = d.divertedOn();
        f.diversionProgramme = d.programme();
        f.diversionOutcome = d.outcome();
        f.diversionConcludedOn = d.concludedOn();
        f.diversionReason = d.reason();
    }

    private static Appeal appeal(ProsecutionFileEntity f) {
        return new Appeal(f.appellant, f.appealCourt, f.appealCourtCode, f.appealFiledOn, f.appealOutcome,
                f.appealDecidedOn);
    }

    private static void writeAppeal(Appeal a, ProsecutionFileEntity f) {
        f.appellant = a.appellant();
        f.appealCourt = a.appealCourt();
        f.appealCourtCode = a.appealCourtCode();
        f.appealFiledOn = a.filedOn();
        f.appealOutcome = a.outcome();
        f.appealDecidedOn = a.decidedOn();
    }
}
