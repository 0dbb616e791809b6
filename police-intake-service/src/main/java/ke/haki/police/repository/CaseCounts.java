package ke.haki.police.repository;

/** How many suspects and medical forms a case has on file. */
public record CaseCounts(int suspects, int medicalEvidence) {}
