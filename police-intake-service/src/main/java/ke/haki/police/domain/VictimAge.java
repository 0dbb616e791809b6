package ke.haki.police.domain;

import ke.haki.law.RuleViolation;
import java.time.LocalDate;
import java.time.Period;

import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;

/**
 * The child's age at the offence and how it is known. A birth date wins; without one, the apparent
 * age a medical officer set (Children Act 2022); without that, the declared age.
 */
public record VictimAge(int years, AgeBasis basis, AgeBand band) {

    public static VictimAge at(LocalDate offenceDate, LocalDate birthDate, Integer medicallyAssessedAge,
            Integer declaredAge) {
        int years;
        AgeBasis basis;
        if (birthDate != null) {
            if (birthDate.isAfter(offenceDate)) {
                throw new RuleViolation("birth-after-offence", "The birth date is after the offence date");
            }
            years = Period.between(birthDate, offenceDate).getYears();
            basis = AgeBasis.BIRTH_DATE;
        } else if (medicallyAssessedAge != null) {
            years = medicallyAssessedAge;
            basis = AgeBasis.MEDICAL_ASSESSMENT;
        } else if (declaredAge != null) {
            years = declaredAge;
            basis = AgeBasis.DECLARED;
        } else {
            throw new RuleViolation("age-missing",
                    "Give the birth date, the age assessed by a medical officer, or the declared age");
        }
        if (years >= 18) {
            throw new RuleViolation("not-a-child",
                    "The victim was " + years + " at the offence: defilement concerns children under 18");
        }
        return new VictimAge(years, basis, AgeBand.ofAge(years));
    }
}
