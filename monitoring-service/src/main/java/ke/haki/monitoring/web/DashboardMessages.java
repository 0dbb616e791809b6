package ke.haki.monitoring.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string of the dashboard, in English (here) and Kiswahili
 * ({@code messages/msg_sw.properties}); templates read them as {@code {msg:key}}. English keeps the
 * codes of alert types, statuses, severities and stages as the API and the agencies write them.
 * <p>
 * Long because it is a message catalogue: one short entry per visible string, and Qute reads one
 * bundle per namespace ({@code msg:}), so the entries stay together.
 */
@MessageBundle(value = "msg", locale = "en")
public interface DashboardMessages {

    // layout
    @Message("NGEC dashboard")
    String appTitle();

    @Message("Skip to content")
    String skip();

    @Message("Haki · NGEC monitoring")
    String brand();

    @Message("Dashboard")
    String navLabel();

    @Message("Alert queue")
    String navAlerts();

    @Message("Overview")
    String navOverview();

    @Message("Signed in as")
    String signedInAs();

    @Message("Sign out")
    String signOut();

    @Message("Language")
    String language();

    @Message("Pseudonymised data only: the monitoring service never holds a child's identity.")
    String footer();

    // labels of the codes of AlertType, AlertStatus, Severity and Stage
    @Message("{t}")
    String alertType(String t);

    @Message("{s}")
    String alertStatus(String s);

    @Message("{v}")
    String severity(String v);

    @Message("{s}")
    String stage(String s);

    // alert queue
    @Message("Filter alerts")
    String filtersLabel();

    @Message("Type")
    String filterType();

    @Message("Any type")
    String anyType();

    @Message("Status")
    String filterStatus();

    @Message("Needing action (not resolved or cleared)")
    String needingAction();

    @Message("Severity")
    String filterSeverity();

    @Message("Any severity")
    String anySeverity();

    @Message("County code")
    String filterCounty();

    @Message("e.g. 047")
    String countyPlaceholder();

    @Message("Station code")
    String filterStation();

    @Message("e.g. NRB-KILIMANI")
    String stationPlaceholder();

    @Message("Apply filters")
    String applyFilters();

    @Message("Clear")
    String clearFilters();

    @Message("The number after each choice is how many alerts it would list with the other filters kept.")
    String filtersHint();

    @Message("{total} alert(s), most severe first, then oldest first.")
    String alertCount(Number total);

    @Message("Showing {from} to {to}.")
    String showing(Number from, Number to);

    @Message("raised {at} ({days} d ago)")
    String raised(String at, Number days);

    @Message("Rule / statute:")
    String ruleLabel();

    @Message("Case")
    String caseWord();

    @Message("county")
    String countyWord();

    @Message("station")
    String stationWord();

    @Message("stage")
    String stageWord();

    @Message("assigned to")
    String assignedTo();

    @Message("Actions on the alert of case {caseId}")
    String actionsLabel(String caseId);

    @Message("Acknowledge")
    String acknowledge();

    @Message("Escalate")
    String escalate();

    @Message("Assign to (account)")
    String assignLabel();

    @Message("e.g. monitor.kisii")
    String assignPlaceholder();

    @Message("Assign")
    String assign();

    @Message("Resolution note")
    String noteLabel();

    @Message("What was done")
    String notePlaceholder();

    @Message("Resolve")
    String resolve();

    @Message("No alert matches these filters.")
    String noAlerts();

    @Message("Pages of the queue")
    String pagerLabel();

    @Message("Previous page")
    String previousPage();

    @Message("Next page")
    String nextPage();

    @Message("Page {page} of {pages}")
    String pageOf(Number page, Number pages);

    @Message("{type} alert on case {caseId} is now {status}")
    String changed(String type, String caseId, String status);

    @Message("The change was refused")
    String refused();

    // case page
    @Message("Case {caseId}")
    String caseTitle(String caseId);

    @Message("← Alert queue")
    String backToQueue();

    @Message("Stage")
    String factStage();

    @Message("County / station")
    String factCountyStation();

    @Message("Offence")
    String factOffence();

    @Message("Child (pseudonym, age band)")
    String factChild();

    @Message("OB number")
    String factOb();

    @Message("ODPP file")
    String factOdpp();

    @Message("Court case")
    String factCourt();

    @Message("Verdict")
    String factVerdict();

    @Message("Deadline now")
    String factDeadline();

    @Message("due")
    String due();

    @Message("No deadline applies")
    String noDeadline();

    @Message("Alerts")
    String alertsHeading();

    @Message("Every alert of the case")
    String alertsCaption();

    @Message("Raised")
    String colRaised();

    @Message("Reason and rule")
    String colReason();

    @Message("No alert on this case.")
    String noCaseAlerts();

    @Message("Timeline")
    String timeline();

    @Message("{days} d {hours} h")
    String daysHours(long days, long hours);

    @Message("{hours} h {minutes} min")
    String hoursMinutes(long hours, long minutes);

    @Message("{minutes} min")
    String minutes(long minutes);

    @Message("overdue by {text}")
    String overdueBy(String text);

    @Message("{text} left")
    String left(String text);

    // overview
    @Message("Download the county figures (CSV)")
    String csvLink();

    @Message("open cases")
    String totalOpen();

    @Message("quiet cases")
    String totalQuiet();

    @Message("closed without a court outcome")
    String totalClosed();

    @Message("prohibited closure attempts")
    String totalProhibited();

    @Message("Map of the 47 counties")
    String mapHeading();

    @Message("Colour the map by")
    String mapFigureLabel();

    @Message("Show")
    String mapShow();

    @Message("Each square is a county, placed roughly where it lies; darker means a higher figure. Choose a county to open its alert queue.")
    String mapHint();

    @Message("Open cases")
    String figureOpen();

    @Message("Quiet cases per 100 open cases")
    String figureQuiet();

    @Message("Closed without court outcome")
    String figureClosed();

    @Message("Prohibited closure attempts")
    String figureProhibited();

    /** A map square's accessible name: starts with its visible text (code, name, figure shown). */
    @Message("{code} {name} {visible}, {figure}: {shown}. Open the county's alert queue")
    String tileLabel(String code, String name, String visible, String figure, String shown);

    @Message("Key to the map colours")
    String legendLabel();

    @Message("no county")
    String legendNone();

    @Message("no open case")
    String noOpenCase();

    @Message("{figure} per county")
    String mapTableCaption(String figure);

    @Message("County")
    String colCounty();

    @Message("Open cases by stage")
    String byStage();

    @Message("Open cases by county")
    String byCounty();

    @Message("Per county")
    String perCounty();

    @Message("Open")
    String colOpen();

    @Message("Quiet")
    String colQuiet();

    @Message("Closed without court outcome")
    String colClosed();

    @Message("Prohibited attempts")
    String colProhibited();

    @Message("Median days report → charge")
    String colReportToCharge();

    @Message("Median days charge → judgment")
    String colChargeToJudgment();

    @Message("Figures of every county")
    String tableRegion();

    // trends and the attrition funnel
    @Message("Trends and funnel")
    String navTrends();

    @Message("Trends and the attrition funnel")
    String trendsTitle();

    @Message("Period and area")
    String periodLegend();

    @Message("From month (YYYY-MM)")
    String periodFrom();

    @Message("To month (YYYY-MM)")
    String periodTo();

    @Message("All counties in your scope")
    String allCounties();

    @Message("Show")
    String show();

    @Message("From report to judgment: the cases reported from {from} to {to}")
    String funnelHeading(String from, String to);

    @Message("Each step counts the cases that reached it or a later one. Lost: cases of the step before that have not "
            + "reached it (lost, or not there yet). Days: the median from the step before. Months are Kenyan months (East Africa Time).")
    String funnelHint();

    @Message("{#when s}{#is 'REPORTED'}Reported{#is 'REFERRED'}Referred to ODPP{#is 'CHARGED'}Charged in court{#is 'IN_COURT'}In court (plea or sitting){#is 'JUDGED'}Ended in court{#else}{s}{/when}")
    String flowStep(String s);

    @Message("Step")
    String colStep();

    @Message("Cases")
    String colCases();

    @Message("Lost at this step")
    String colLost();

    @Message("Share lost")
    String colShareLost();

    @Message("Median days from the step before")
    String colMedianDays();

    @Message("Of the cases that ended in court: {convicted} convicted, {acquitted} acquitted, {without} ended without an outcome on the merits. {share} of the reported cases reached the end in court.")
    String funnelOutcomes(long convicted, long acquitted, long without, String share);

    @Message("Per month")
    String trendsHeading();

    @Message("Cases that reached each step in each month")
    String trendsCaption();

    @Message("Month")
    String colMonth();

    @Message("Reported")
    String colReported();

    @Message("Referred")
    String colReferred();

    @Message("Charged")
    String colCharged();

    @Message("In court")
    String colInCourt();

    @Message("Ended in court")
    String colJudged();

    @Message("Convicted")
    String colConvicted();

    @Message("Acquitted")
    String colAcquitted();

    @Message("Without an outcome on the merits")
    String colWithoutMerits();

    @Message("Reasons for adjournment")
    String adjournmentsHeading();

    @Message("Adjourned court sittings from {from} to {to}, by reason: {total} in all")
    String adjournmentsCaption(String from, String to, long total);

    @Message("Reason")
    String colAdjournmentReason();

    @Message("Adjournments")
    String colAdjournments();

    @Message("Share")
    String colShare();

    @Message("{#when r}{#is 'WITNESS_ABSENT'}A witness was absent{#is 'ACCUSED_ABSENT'}The accused was absent{#is 'COURT_NOT_SITTING'}The court was not sitting{#is 'FILE_NOT_READY'}The file was not ready{#is 'OTHER'}Another reason, or none given{#else}{r}{/when}")
    String adjournmentReason(String r);

    @Message("Download the funnel (CSV)")
    String funnelCsv();

    @Message("Download the months (CSV)")
    String trendsCsv();

    @Message("Download the months per county (CSV)")
    String trendsPerCountyCsv();

    @Message("Download the adjournment reasons (CSV)")
    String adjournmentsCsv();

    // work from the case page
    @Message("Next court date")
    String factNextCourt();

    @Message("None set")
    String noCourtDate();

    @Message("Follow-up of each alert")
    String workHeading();

    @Message("Every change of this alert, times in East Africa Time")
    String historyCaption();

    @Message("When (EAT)")
    String colWhen();

    @Message("Who")
    String colWho();

    @Message("Note")
    String colNote();

    @Message("Assign to a colleague")
    String assignColleague();

    @Message("Choose a colleague")
    String chooseColleague();

    @Message("national")
    String nationalWord();

    @Message("Note (optional)")
    String assignNote();

    @Message("Printable case summary (no child identity)")
    String summaryLink();

    @Message("Case summary {caseId}")
    String summaryTitle(String caseId);

    @Message("NGEC case follow-up summary")
    String summaryHeading();

    @Message("Prepared on {when} by {who} for follow-up with the agencies. It names no child: the NGEC holds no child's identity.")
    String summaryPrepared(String when, String who);

    @Message("Print it, or save it as PDF, from the browser's print command (Ctrl+P).")
    String summaryPrintHint();

    @Message("Open alerts needing an answer")
    String summaryOpenAlerts();

    @Message("No open alert.")
    String summaryNoOpenAlert();

    @Message("Key events")
    String summaryEvents();

    @Message("Reported")
    String factReported();

    @Message("Back to the case")
    String backToCase();
}
