package ke.haki.police.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.FieldViolation;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Caller;
import ke.haki.law.County;
import ke.haki.police.api.StationRequest;
import ke.haki.police.api.StationView;
import ke.haki.police.repository.StationEntity;
import ke.haki.police.repository.StationRepository;

/**
 * The police stations reference data: where a case may be registered, the county it then belongs
 * to and the ODPP office that serves it. NPS administrators keep it; everyone else reads it.
 */
@ApplicationScoped
public class StationService {

    private static final String CODE_PATTERN = "[A-Z0-9-]{1,40}";

    @Inject
    StationRepository stations;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Page<StationView> search(String countyCode, PageRequest page) {
        if (countyCode != null && !County.isValidCode(countyCode)) {
            throw ProblemException.invalid("county", "not one of the 47 county codes (001 to 047)");
        }
        return stations.search(countyCode, page).map(StationService::view);
    }

    @Transactional
    public StationView get(String code) {
        return stations.findByIdOptional(code).map(StationService::view)
                .orElseThrow(() -> ProblemException.notFound("Station " + code));
    }

    /** Creates or changes a station; a change of county applies to cases registered from then on. */
    @Transactional
    public StationView put(String code, Long expectedVersion, StationRequest request) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw ProblemException.invalid("code", "upper-case letters, digits and '-', at most 40");
        }
        if (!County.isValidCode(request.countyCode())) {
            throw ProblemException.invalid("countyCode", "not one of the 47 county codes (001 to 047)");
        }
        StationEntity s = stations.findByIdOptional(code).orElse(null);
        if (s == null) {
            s = new StationEntity();
            s.code = code;
        } else if (expectedVersion != null && expectedVersion != s.version) {
            throw new ProblemException(409, "stale-update", "The station was changed by someone else",
                    "You sent version " + expectedVersion + " but the station is at version " + s.version
                            + ": reload it and apply your change again", null, null);
        }
        s.name = request.name().trim();
        s.countyCode = request.countyCode();
        s.odppOfficeCode = request.odppOfficeCode();
        s.active = request.active();
        s.updatedBy = caller.account();
        s.updatedAt = clock.instant();
        stations.persist(s);
        stations.flush();
        return view(s);
    }

    /** The station a new case is registered at: it must exist and be open (422 otherwise). */
    StationEntity requireOpen(String code) {
        StationEntity s = stations.findByIdOptional(code).orElseThrow(() -> new ProblemException(422, "unknown-station",
                "Unknown station", "There is no station " + code + " in the reference data; an NPS administrator adds it",
                List.of(new FieldViolation("stationCode", "not a known station")), null));
        if (!s.active) {
            throw new ProblemException(422, "station-closed", "Station closed", "Station " + code + " accepts no new cases",
                    List.of(new FieldViolation("stationCode", "closed to new cases")), null);
        }
        return s;
    }

    private static StationView view(StationEntity s) {
        return new StationView(s.code, s.name, s.countyCode, s.odppOfficeCode, s.active, s.version);
    }
}
