package ke.haki.kit.timeline;

import ke.haki.contract.ActingUnit;

/** What an event is published for: the case, and the unit that acted on it (a station, an office). */
public interface EventSource {

    String caseId();

    ActingUnit actingUnit();
}
