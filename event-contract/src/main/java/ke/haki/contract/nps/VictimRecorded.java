package ke.haki.contract.nps;

import ke.haki.contract.EventPayload;
import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.Sex;

/**
 * The child's particulars as other agencies may know them: a pseudonym, the age at the offence and
 * its band, how the age is known, sex and whether the child lives with a disability. The child's
 * name, birth date, guardian and address stay with the police (Data Protection Act 2019 s.33).
 * Recorded again when police correct the particulars.
 */
public record VictimRecorded(
        String victimPseudonym,
        int ageAtOffence,
        AgeBand ageBand,
        AgeBasis ageBasis,
        Sex sex,
        boolean hasDisability) implements EventPayload {

    @Override
    public String summary() {
        return "Victim recorded: " + victimPseudonym + ", aged " + ageAtOffence + " at the offence (" + ageBand + ", age known by "
                + ageBasis + ")";
    }
}
