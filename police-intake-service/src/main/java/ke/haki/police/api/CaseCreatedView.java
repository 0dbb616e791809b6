package ke.haki.police.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.police.domain.CaseStatus;

public record CaseCreatedView(
        @Schema(description = "Cross-agency case id") String caseId,
        String obNumber,
        CaseStatus status,
        long version) {}
