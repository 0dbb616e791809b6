package ke.haki.police.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseClosedByPolice.PoliceClosureReason;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.InvestigationUpdated.InvestigationStep;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.SuspectReleased;
import ke.haki.contract.nps.SuspectReleased.ReleaseTerms;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.law.ArraignmentDeadline;
import ke.haki.law.MedicalForm;
import ke.haki.law.ProhibitedClosure;
import ke.haki.law.RuleViolation;
import ke.haki.law.Sex;
import ke.haki.law.SuspectRelationship;

/**
 * The police file of a defilement case and every rule the police apply to it. Each command either
 * returns the event it causes, for the caller to record and publish, or throws a
 * {@link RuleViolation} naming the rule; nothing changes when it throws. The one refusal that is
 * returned instead is a prohibited closure ({@link #close}), because its attempt is published too.
 */
public final class PoliceCase {

    public static final String COUNTY_NOT_THE_STATIONS = "county-not-the-stations";
    public static final String NO_SUCH_SUSPECT = "no-such-suspect";
    public static final String ALREADY_ARRESTED = "already-arrested";
    public static final String NOT_ARRESTED = "not-arrested";
    public static final String ALREADY_ARRAIGNED = "already-arraigned";
    public static final String NOT_IN_POLICE_CUSTODY = "not-in-police-custody";
    public static final String RELEASE_BEFORE_ARREST = "release-before-arrest";
    public static final String EXAMINED_BEFORE_OFFENCE = "examined-before-offence";

    private final Report report;
    private CaseStatus status;
    private int referralCount;
    private String odppOfficeCode;
    private String closureReason;
    private Victim victim;
    private final List<Suspect> suspects;
    private int medicalEvidence;

    private PoliceCase(CaseState state) {
        this.report = state.report();
        this.status = state.status();
        this.referralCount = state.referralCount();
        this.odppOfficeCode = state.odppOfficeCode();
        this.closureReason = state.closureReason();
        this.victim = state.victim();
        this.suspects = new ArrayList<>(state.suspects());
        this.medicalEvidence = state.medicalEvidence();
    }

    /** The case as it was saved. */
    public static PoliceCase restore(CaseState state) {
        return new PoliceCase(state);
    }

    /** What the case holds now, to be saved. */
    public CaseState state() {
        return new CaseState(report, status, referralCount, odppOfficeCode, closureReason, victim, suspects,
                medicalEvidence);
    }

    /** A new case and the event that reports it. */
    public record Registration(PoliceCase policeCase, CaseReported event) {}

    /** A case belongs to its station's county: the report must name it. */
    public static Registration register(Report report, String stationCountyCode) {
        if (!report.countyCode().equals(stationCountyCode)) {
            throw new RuleViolation(COUNTY_NOT_THE_STATIONS, "Station " + report.stationCode() + " is in county "
                    + stationCountyCode + "; a case belongs to its station's county");
        }
        PoliceCase c = new PoliceCase(new CaseState(report, CaseStatus.REPORTED, 0, null, null, null, List.of(), 0));
        return new Registration(c, new CaseReported(report.obNumber(), report.stationCode(), report.countyCode(),
                report.offence(), report.offenceDate(), report.reportedAt()));
    }

    /** Records or corrects the child's particulars; the age is the one at the offence ({@link VictimAge}). */
    public VictimRecorded recordVictim(String pseudonym, LocalDate birthDate, Integer medicallyAssessedAge,
            Integer declaredAge, Sex sex, boolean hasDisability) {
        requireOpen();
        VictimAge age = VictimAge.at(report.offenceDate(), birthDate, medicallyAssessedAge, declaredAge);
        victim = new Victim(pseudonym, age, sex, hasDisability);
        return new VictimRecorded(pseudonym, age.years(), age.band(), age.basis(), sex, hasDisability);
    }

    /** A new suspect, referred to as S1, S2... in the order recorded. */
    public SuspectRecorded addSuspect(String fullName, Integer ageYears, SuspectRelationship relationship,
            Instant recordedAt) {
        requireOpen();
        Suspect s = Suspect.recorded("S" + (suspects.size() + 1), fullName, ageYears, relationship, recordedAt);
        suspects.add(s);
        investigating();
        return new SuspectRecorded(s.ref(), s.ageYears(), s.relationship());
    }

    /** Starts the arraignment clock of Constitution Art. 49(1)(f); the event carries its deadline. */
    public SuspectArrested arrest(String ref, Instant arrestedAt, ArraignmentDeadline deadline) {
        requireOpen();
        Suspect s = suspect(ref);
        if (s.arrested()) {
            throw new RuleViolation(ALREADY_ARRESTED, "Suspect " + ref + " is already recorded as arrested");
        }
        replace(s.arrest(arrestedAt));
        investigating();
        return new SuspectArrested(ref, arrestedAt, deadline.dueBy(arrestedAt));
    }

    /** Records the arraignment and whether it was within the limit of Constitution Art. 49(1)(f). */
    public SuspectArraigned arraign(String ref, Instant arraignedAt, String court, String courtCode,
            ArraignmentDeadline deadline) {
        requireOpen();
        Suspect s = arrested(ref);
        if (s.arraignedAt() != null) {
            throw new RuleViolation(ALREADY_ARRAIGNED, "Suspect " + ref + " is already arraigned");
        }
        boolean inTime = deadline.withinLimit(s.arrestedAt(), arraignedAt);
        replace(s.arraign(arraignedAt, court, courtCode, inTime));
        // the court goes out as its code; its name stays with the police (ADR 0005)
        return SuspectArraigned.coded(ref, arraignedAt, courtCode, inTime);
    }

    /** A release on police bond or cash bail before arraignment: the Art. 49(1)(f) clock stops. */
    public SuspectReleased release(String ref, Instant releasedAt, ReleaseTerms terms) {
        requireOpen();
        Suspect s = arrested(ref);
        if (!s.inPoliceCustody()) {
            throw new RuleViolation(NOT_IN_POLICE_CUSTODY, "Suspect " + ref + " is no longer held by the police");
        }
        if (releasedAt.isBefore(s.arrestedAt())) {
            throw new RuleViolation(RELEASE_BEFORE_ARREST, "before the arrest");
        }
        replace(s.release(releasedAt, terms));
        return new SuspectReleased(ref, releasedAt, terms);
    }

    /** A PRC or P3 form; the examination cannot precede the offence. */
    public MedicalEvidenceRecorded recordMedicalEvidence(MedicalForm form, LocalDate examinedOn, String facilityCode) {
        requireOpen();
        if (examinedOn.isBefore(report.offenceDate())) {
            throw new RuleViolation(EXAMINED_BEFORE_OFFENCE, "before the offence date");
        }
        medicalEvidence += 1;
        investigating();
        // the facility goes out as its code; its name stays with the police (ADR 0005)
        return MedicalEvidenceRecorded.coded(form, examinedOn, facilityCode);
    }

    public InvestigationUpdated recordInvestigationStep(InvestigationStep step) {
        requireOpen();
        investigating();
        return new InvestigationUpdated(step);
    }

    /** The first referral: from the police investigation, with the victim and a suspect on file. */
    public CaseReferred refer(String odppOffice) {
        if (status != CaseStatus.REPORTED && status != CaseStatus.UNDER_INVESTIGATION) {
            throw new RuleViolation("not-referable", "Only a case under police investigation can be referred; this one is "
                    + status + (status == CaseStatus.RETURNED_FOR_INVESTIGATION ? " (use re-submission)" : ""));
        }
        if (victim == null) {
            throw new RuleViolation("victim-missing", "Record the victim's particulars before referral");
        }
        if (suspects.isEmpty()) {
            throw new RuleViolation("suspect-missing", "Record at least one suspect before referral");
        }
        referralCount += 1;
        odppOfficeCode = odppOffice;
        status = CaseStatus.REFERRED_TO_ODPP;
        return new CaseReferred(referralCount, odppOfficeCode, report.offence(), suspects.size(), medicalEvidence > 0);
    }

    /** Answers ODPP's directions after it returned the file for further investigation. */
    public CaseResubmitted resubmit(int directionsAnswered) {
        if (status != CaseStatus.RETURNED_FOR_INVESTIGATION) {
            throw new RuleViolation("not-returned",
                    "Only a file ODPP returned for further investigation can be re-submitted; this one is " + status);
        }
        referralCount += 1;
        status = CaseStatus.REFERRED_TO_ODPP;
        return new CaseResubmitted(referralCount, odppOfficeCode, directionsAnswered);
    }

    /**
     * "No withdrawal, no mediation, no informal settlement" for Sexual Offences Act cases (Interior
     * Ministry directive, December 2025; CPC ss.87(a), 176, 204): every offence followed here is one,
     * so every prohibited reason is refused, in any status. A lawful closure is for the police only
     * before the charge (after it, only the court ends a case).
     */
    public Closure close(ClosureRequestReason reason, String attemptedBy) {
        Optional<ProhibitedClosure> prohibited = reason.prohibited();
        if (prohibited.isPresent()) {
            ProhibitedClosure rule = prohibited.get();
            return new Closure.Refused(rule, new ClosureAttemptRefused(rule, rule.ruleId(), rule.statute(), attemptedBy));
        }
        if (!status.isWithPolice() && !status.isWithOdpp()) {
            throw new RuleViolation("not-closable", "A case that is " + status + " can only end in court");
        }
        PoliceClosureReason lawful = reason.lawful().orElseThrow();
        status = CaseStatus.CLOSED_BY_POLICE;
        closureReason = lawful.name();
        return new Closure.Closed(new CaseClosedByPolice(lawful));
    }

    /** Evidence, suspects and investigation updates are recorded while the case is not closed. */
    private void requireOpen() {
        if (status.isClosed()) {
            throw new RuleViolation("case-closed", "The case is closed (" + status + ")");
        }
    }

    private void investigating() {
        if (status == CaseStatus.REPORTED) {
            status = CaseStatus.UNDER_INVESTIGATION;
        }
    }

    private Suspect suspect(String ref) {
        return suspects.stream().filter(s -> s.ref().equals(ref)).findFirst().orElseThrow(
                () -> new RuleViolation(NO_SUCH_SUSPECT, "Suspect " + ref + " of case " + report.caseId()));
    }

    private Suspect arrested(String ref) {
        Suspect s = suspect(ref);
        if (!s.arrested()) {
            throw new RuleViolation(NOT_ARRESTED, "Record the arrest of " + ref + " first");
        }
        return s;
    }

    private void replace(Suspect changed) {
        suspects.replaceAll(s -> s.ref().equals(changed.ref()) ? changed : s);
    }
}
