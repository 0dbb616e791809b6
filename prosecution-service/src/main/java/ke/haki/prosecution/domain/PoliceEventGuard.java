package ke.haki.prosecution.domain;

import java.util.Optional;

/**
 * Whether a police event fits the ODPP's projection of the case. Each check returns the reason it
 * does not (the event is then a dead letter and changes nothing), or empty when it fits.
 */
public final class PoliceEventGuard {

    private PoliceEventGuard() {}

    /** After the police closed their file they record nothing more on it. */
    public static Optional<String> afterPoliceClosure(String policeClosedReason) {
        return policeClosedReason == null ? Optional.empty()
                : Optional.of("the police closed their file (" + policeClosedReason + ")");
    }

    /** A suspect is arraigned once, after an arrest. */
    public static Optional<String> arraignment(boolean arrested, boolean alreadyArraigned) {
        if (!arrested) {
            return Optional.of("the suspect was never arrested");
        }
        return alreadyArraigned ? Optional.of("the suspect was already arraigned") : Optional.empty();
    }

    /** Only an arrested suspect can be released on police bond or cash bail. */
    public static Optional<String> release(boolean arrested) {
        return arrested ? Optional.empty() : Optional.of("the suspect was never arrested");
    }

    /**
     * The police may close their file only while no charge is decided: before referral, while the
     * ODPP reviews it, or after it was returned to them. A charged case ends only in court.
     */
    public static Optional<String> policeClosure(FileStatus fileStatus) {
        if (fileStatus == null || fileStatus == FileStatus.UNDER_REVIEW || fileStatus == FileStatus.RETURNED_FOR_INVESTIGATION) {
            return Optional.empty();
        }
        return Optional.of("the ODPP file is " + fileStatus + ": the police can no longer close it");
    }
}
