package ke.haki.prosecution.domain;

import java.time.LocalDate;

import ke.haki.contract.odpp.DiversionConcluded.DiversionOutcome;

/**
 * The diversion of a child accused (Children Act 2022): when and into which programme, and how it
 * ended (null while under way). The programme and the officer's words stay in this service (ADR 0005).
 */
public record Diversion(LocalDate divertedOn, String programme, DiversionOutcome outcome, LocalDate concludedOn,
        String reason) {

    public static final Diversion NONE = new Diversion(null, null, null, null, null);

    static final int PROGRAMME_MAX = 200;

    /** A new diversion: decided on a day not in the future, into a named programme of at most 200 characters. */
    Diversion started(LocalDate decidedOn, String newProgramme, LocalDate today) {
        if (decidedOn == null) {
            throw new InvalidEntry("decidedOn", "required: when the child accused was diverted");
        }
        if (newProgramme == null || newProgramme.isBlank() || newProgramme.length() > PROGRAMME_MAX) {
            throw new InvalidEntry("programme", "required, at most 200 characters: the diversion programme");
        }
        InvalidEntry.notInFuture("decidedOn", decidedOn, today);
        return new Diversion(decidedOn, newProgramme.strip(), null, null, reason);
    }

    Diversion concluded(DiversionOutcome ended, LocalDate on, String officersReason) {
        InvalidEntry.notBefore("concludedOn", on, divertedOn);
        return new Diversion(divertedOn, programme, ended, on, officersReason);
    }
}
