package ke.haki.prosecution.domain;

import java.util.List;
import java.util.Optional;

import ke.haki.law.AgeBand;
import ke.haki.law.ChargeProposal;
import ke.haki.law.Offence;
import ke.haki.law.SuspectRelationship;

/**
 * What the police published that the file's rules read: the offence, the child's age at it (null
 * while not recorded) and the suspects, in the order the police recorded them.
 */
public record CaseFacts(Offence offence, Integer victimAge, AgeBand victimAgeBand, List<Suspect> suspects) {

    public CaseFacts {
        suspects = List.copyOf(suspects);
    }

    /** A suspect as the police published it: a reference, the age at the offence (null: unknown), the relationship. */
    public record Suspect(String ref, Integer ageYears, SuspectRelationship relationship) {}

    /** The charge the system proposes; empty while the police have not recorded the child's age. */
    public Optional<ChargeProposal> proposal() {
        if (victimAgeBand == null) {
            return Optional.empty();
        }
        boolean familyMember = suspects.stream().anyMatch(s -> s.relationship() == SuspectRelationship.FAMILY_MEMBER);
        return Optional.of(ChargeProposal.propose(offence, victimAgeBand, familyMember));
    }

    /** The suspect of this reference (empty for none). */
    public Optional<Suspect> suspect(String ref) {
        return ref == null ? Optional.empty() : suspects.stream().filter(s -> s.ref().equals(ref)).findFirst();
    }

    /**
     * The accused a judgment concerns: the one named, or the only suspect; empty when it is not
     * known (the accused is then judged as an adult: the minimum applies).
     */
    Optional<Suspect> accused(String accusedRef) {
        if (accusedRef != null) {
            return Optional.of(suspect(accusedRef)
                    .orElseThrow(() -> new InvalidEntry("accusedRef", "not a suspect of this case")));
        }
        return suspects.size() == 1 ? Optional.of(suspects.get(0)) : Optional.empty();
    }

    List<Integer> suspectAges() {
        return suspects.stream().map(Suspect::ageYears).toList();
    }

    List<String> suspectRefs() {
        return suspects.stream().map(Suspect::ref).toList();
    }
}
