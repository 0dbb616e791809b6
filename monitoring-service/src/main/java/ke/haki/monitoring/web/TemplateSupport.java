package ke.haki.monitoring.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;

import ke.haki.law.AgeBand;
import ke.haki.law.Offence;
import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;
import ke.haki.monitoring.api.AlertView;
import ke.haki.monitoring.api.AreaStatistics;
import ke.haki.monitoring.api.CaseView;
import ke.haki.monitoring.api.TimelineEntryView;
import ke.haki.monitoring.domain.Stage;

/** Value resolvers for the dashboard templates, and the date format they show (East Africa Time). */
@TemplateData(target = AlertView.class)
@TemplateData(target = AlertView.AlertHistoryView.class)
@TemplateData(target = ke.haki.monitoring.directory.ColleagueDirectory.Colleague.class)
@TemplateData(target = TrendsPage.FunnelRow.class)
@TemplateData(target = ke.haki.monitoring.api.AttritionFunnel.class)
@TemplateData(target = ke.haki.monitoring.api.MonthlyFlow.class)
@TemplateData(target = ke.haki.monitoring.api.AdjournmentReasons.class)
@TemplateData(target = CaseView.class)
@TemplateData(target = CaseView.DeadlineView.class)
@TemplateData(target = TimelineEntryView.class)
@TemplateData(target = AreaStatistics.class)
@TemplateData(target = AlertType.class)
@TemplateData(target = AlertStatus.class)
@TemplateData(target = Severity.class)
@TemplateData(target = Stage.class)
@TemplateData(target = Offence.class)
@TemplateData(target = AgeBand.class)
@TemplateData(target = DashboardLayout.Bar.class)
@TemplateData(target = AlertQueuePage.Choice.class)
@TemplateData(target = DashboardLayout.Option.class)
@TemplateData(target = CountyMap.Tile.class)
@TemplateData(target = CountyMap.Step.class)
@TemplateData(target = DashboardLanguage.Lang.class)
@TemplateExtension
public final class TemplateSupport {

    /** Kenya's time: East Africa Time, UTC+3 all year. */
    static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'EAT'")
            .withZone(NAIROBI);

    private TemplateSupport() {}

    static String fmt(Instant instant) {
        return instant == null ? "—" : FORMAT.format(instant);
    }
}
