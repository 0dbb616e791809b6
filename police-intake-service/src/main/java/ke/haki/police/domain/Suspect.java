package ke.haki.police.domain;

import java.time.Instant;

import ke.haki.contract.nps.SuspectReleased.ReleaseTerms;
import ke.haki.law.SuspectRelationship;

/**
 * A suspect of a case and where the police custody of the suspect stands. Immutable: the case
 * ({@link PoliceCase}) replaces it when it records an arrest, an arraignment or a release.
 */
public record Suspect(String ref, String fullName, Integer ageYears, SuspectRelationship relationship,
        Instant recordedAt, Instant arrestedAt, Instant arraignedAt, String arraignmentCourt,
        String arraignmentCourtCode, Boolean arraignedInTime, Instant releasedAt, ReleaseTerms releaseTerms) {

    static Suspect recorded(String ref, String fullName, Integer ageYears, SuspectRelationship relationship,
            Instant recordedAt) {
        return new Suspect(ref, fullName, ageYears, relationship, recordedAt, null, null, null, null, null, null, null);
    }

    public boolean arrested() {
        return arrestedAt != null;
    }

    /** Arrested, and neither arraigned nor released: the Art. 49(1)(f) clock runs. */
    public boolean inPoliceCustody() {
        return arrestedAt != null && arraignedAt == null && releasedAt == null;
    }

    Suspect arrest(Instant at) {
        return new Suspect(ref, fullName, ageYears, relationship, recordedAt, at, arraignedAt, arraignmentCourt,
                arraignmentCourtCode, arraignedInTime, releasedAt, releaseTerms);
    }

    Suspect arraign(Instant at, String court, String courtCode, boolean inTime) {
        return new Suspect(ref, fullName, ageYears, relationship, recordedAt, arrestedAt, at, court, courtCode, inTime,
                releasedAt, releaseTerms);
    }

    Suspect release(Instant at, ReleaseTerms terms) {
        return new Suspect(ref, fullName, ageYears, relationship, recordedAt, arrestedAt, arraignedAt, arraignmentCourt,
                arraignmentCourtCode, arraignedInTime, at, terms);
    }
}
