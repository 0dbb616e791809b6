package ke.haki.police.api;

import java.time.LocalDate;

import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;
import ke.haki.law.Sex;

/** The child's identity and particulars, for police roles only. */
public record VictimView(
        String pseudonym,
        String fullName,
        LocalDate birthDate,
        int ageAtOffence,
        AgeBasis ageBasis,
        AgeBand ageBand,
        Sex sex,
        boolean hasDisability,
        String guardianName,
        String guardianPhone,
        String address) {}
