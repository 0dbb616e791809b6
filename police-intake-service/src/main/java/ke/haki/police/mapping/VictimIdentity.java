package ke.haki.police.mapping;

import java.time.LocalDate;

/** What the encrypted identity column of a case holds (JSON, then encrypted by VictimDataProtector). */
public record VictimIdentity(String fullName, LocalDate birthDate, String guardianName, String guardianPhone,
        String address) {}
