package ke.haki.police.domain;

import ke.haki.law.Sex;

/** The child as the other agencies see it: a pseudonym, the age at the offence, sex and disability. */
public record Victim(String pseudonym, VictimAge age, Sex sex, boolean hasDisability) {}
