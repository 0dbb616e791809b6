package ke.haki.police.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.nps.SuspectReleased.ReleaseTerms;

import java.time.Instant;

import ke.haki.law.SuspectRelationship;

public record SuspectView(
        String suspectRef,
        String fullName,
        Integer ageYears,
        SuspectRelationship relationshipToVictim,
        Instant arrestedAt,
        Instant arraignmentDueBy,
        Instant arraignedAt,
        String arraignmentCourt,
        @Schema(description = "Whether the arraignment was within the limit of Constitution Art. 49(1)(f): 24 hours, "
                + "or the end of the next court day when those end outside court hours or on a non-court day "
                + "(name kept from v1)") Boolean arraignedWithin24Hours,
        Instant releasedAt,
        ReleaseTerms releaseTerms) {}
