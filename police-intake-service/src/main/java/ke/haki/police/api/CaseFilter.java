package ke.haki.police.api;

import java.time.Instant;

import ke.haki.police.domain.CaseStatus;

/** Filters of a case search; null means "any". */
public record CaseFilter(String countyCode, String stationCode, CaseStatus status, Instant reportedFrom,
        Instant reportedTo) {}
