package ke.haki.contract.nps;

import ke.haki.contract.EventPayload;
import ke.haki.law.SuspectRelationship;

/**
 * A suspect was identified. The suspect's name stays with the police: a named relative would
 * identify the child. {@code suspectRef} is stable within the case.
 */
public record SuspectRecorded(
        String suspectRef,
        Integer ageYears,
        SuspectRelationship relationshipToVictim) implements EventPayload {

    @Override
    public String summary() {
        return "Suspect " + suspectRef + " recorded: " + relationshipToVictim
                + (ageYears == null ? ", age unknown" : ", aged " + ageYears + " at the offence");
    }
}
