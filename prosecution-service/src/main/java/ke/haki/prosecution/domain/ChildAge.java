package ke.haki.prosecution.domain;

import java.util.Objects;

import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;

/**
 * The child's age at the offence as the police recorded it. The band follows from the age in whole
 * years whatever the basis: an apparent age set by a medical officer (Children Act 2022) counts as
 * the age. A band that does not match the age is refused: the charge and the penalty depend on it.
 */
public record ChildAge(int years, AgeBasis basis, AgeBand band) {

    public ChildAge {
        Objects.requireNonNull(basis, "basis");
        AgeBand expected = AgeBand.ofAge(years);
        if (band != null && band != expected) {
            throw new IllegalArgumentException("age " + years + " is in band " + expected + ", not " + band);
        }
        band = expected;
    }

    public static ChildAge of(int years, AgeBasis basis) {
        return new ChildAge(years, basis, null);
    }
}
