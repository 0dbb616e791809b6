package ke.haki.police.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ke.haki.kit.problem.ProblemException;
import ke.haki.law.County;
import ke.haki.law.KenyanTime;
import ke.haki.police.api.CaseCreatedView;
import ke.haki.police.api.RegisterCaseRequest;
import ke.haki.police.domain.ObNumber;
import ke.haki.police.domain.PoliceCase;
import ke.haki.police.domain.Report;
import ke.haki.police.mapping.CaseViews;
import ke.haki.police.repository.CaseRepository;
import ke.haki.police.repository.StationEntity;

/**
 * Registers a defilement report: the request is read (OB number, county code, dates), the station
 * must be known and open and the caller may register there, the OB number is new at the station;
 * the case and its first event commit together ({@link CaseStore#create}).
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    CaseRepository cases;

    @Inject
    StationService stations;

    @Inject
    PoliceAccess access;

    @Inject
    CaseStore store;

    @Transactional
    public CaseCreatedView register(RegisterCaseRequest request) {
        Report report = report(request);
        StationEntity station = stations.requireOpen(request.stationCode());
        PoliceCase.Registration registration = Refusals.decide(() -> PoliceCase.register(report, station.countyCode));
        access.requireMayRegister(station);
        if (cases.obNumberTaken(report.stationCode(), report.obNumber())) {
            throw ProblemException.conflict("duplicate-ob-number",
                    report.obNumber() + " is already registered at station " + report.stationCode());
        }
        return CaseViews.created(store.create(registration));
    }

    /** The report as the request gives it, once its OB number, county code and dates are valid. */
    private static Report report(RegisterCaseRequest request) {
        ObNumber ob = ObNumber.parse(request.obNumber())
                .orElseThrow(() -> ProblemException.invalid("obNumber", "expected " + ObNumber.EXPECTED));
        if (!County.isValidCode(request.countyCode())) {
            throw ProblemException.invalid("countyCode", "not one of the 47 county codes (001 to 047)");
        }
        if (request.offenceDate().isAfter(KenyanTime.dateOf(request.reportedAt()))) {
            throw ProblemException.invalid("offenceDate", "after the report date");
        }
        return new Report(UUID.randomUUID().toString(), ob.toString(), request.stationCode(), request.countyCode(),
                request.offence(), request.offenceDate(), request.offencePlace(), request.reportedAt());
    }
}
