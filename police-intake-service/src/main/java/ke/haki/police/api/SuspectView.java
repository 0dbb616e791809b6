package ke.haki.police.api;

import java.time.Instant;

import ke.haki.contract.law.SuspectRelationship;

public record SuspectView(
        String suspectRef,
        String fullName,
        Integer ageYears,
        SuspectRelationship relationshipToVictim,
        Instant arrestedAt,
        Instant arraignmentDueBy,
        Instant arraignedAt,
        String arraignmentCourt,
        Boolean arraignedWithin24Hours) {}
