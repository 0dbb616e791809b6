package ke.haki.monitoring.api;

import ke.haki.monitoring.domain.Stage;

/** Filters of a case listing; null means "any". */
public record CaseFilter(String countyCode, String stationCode, Stage stage) {}
