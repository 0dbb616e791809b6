package ke.haki.prosecution.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.law.SuspectRelationship;

@Schema(description = "A suspect as the police published it (no name)")
public record SuspectView(
        @Schema(examples = "S1") String suspectRef,
        @Schema(examples = "34") Integer ageYears,
        @Schema(examples = "FAMILY_ACQUAINTANCE") SuspectRelationship relationshipToVictim,
        Instant arrestedAt,
        Instant arraignedAt,
        Boolean arraignedWithin24Hours) {}
