package ke.haki.e2e;

import static ke.haki.e2e.Agencies.as;
import static ke.haki.e2e.Agencies.ngec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The NGEC dashboard in a real browser (Debian's headless Chromium driven by Selenium) against the
 * packaged monitoring service, signing in on the real Keycloak login page, with data made through
 * the agencies' APIs. Screenshots of each page go to target/screenshots. axe-core (a test resource,
 * src/test/resources/axe) checks every page, in English and Kiswahili, against WCAG 2.1 A and AA.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserE2ETest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    static WebDriver browser;
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static String caseId;
    static String alertId;
    static String workCaseId;

    @BeforeAll
    static void signedInMonitorAndAPleaDealAttempt() throws IOException {
        Stack.get();
        caseId = Agencies.referredNairobiCase();
        Agencies.awaitOdppFile(caseId);
        Agencies.odppAction("/api/v1/files/{id}/plea-agreement", null, caseId)
                .then().statusCode(422).body("rule", equalTo("SOA_NO_PLEA_AGREEMENT"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Agencies.openAlertTypes(caseId).contains("PROHIBITED_CLOSURE_ATTEMPT"));
        alertId = (String) Agencies.alerts(caseId).stream().filter(a -> "PROHIBITED_CLOSURE_ATTEMPT".equals(a.get("type")))
                .findFirst().orElseThrow().get("alertId");
        Files.createDirectories(SCREENSHOTS);
        browser = chromium();
        signIn(browser, "monitor.ngec", ngec() + "/dashboard/alerts");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void theSignedInMonitorSeesTheAlertQueueWithTheRuleOfEachAlert() {
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo("monitor.ngec");
        WebElement alert = browser.findElement(By.id("alert-" + alertId));
        assertThat(alert.getText()).contains("PROHIBITED_CLOSURE_ATTEMPT").contains("Rule / statute:").contains(caseId);
        assertThat(browser.getPageSource()).doesNotContain("E2E Child");
        screenshot(browser, "dashboard-alerts");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot(browser, "dashboard-alerts-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    @Order(2)
    void theQueueIsFilteredByTypeAndCounty() {
        new Select(browser.findElement(By.id("f-type"))).selectByValue("PROHIBITED_CLOSURE_ATTEMPT");
        WebElement county = browser.findElement(By.id("f-county"));
        county.clear();
        county.sendKeys("047");
        browser.findElement(By.id("apply-filters")).click();
        wait(browser).until(ExpectedConditions.urlContains("type=PROHIBITED_CLOSURE_ATTEMPT"));
        List<WebElement> rows = browser.findElements(By.cssSelector("li.alert"));
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.getAttribute("data-type")).isEqualTo("PROHIBITED_CLOSURE_ATTEMPT"));
        assertThat(browser.findElements(By.id("alert-" + alertId))).hasSize(1);
        screenshot(browser, "dashboard-alerts-filtered");
    }

    @Test
    @Order(3)
    void theQueueWorksFromTheKeyboardAlone() {
        browser.get(ngec() + "/dashboard/alerts");
        tabTo("f-type", 40);
        Select type = new Select(browser.findElement(By.id("f-type")));
        for (int i = 0; i < 10 && !"PROHIBITED_CLOSURE_ATTEMPT".equals(type.getFirstSelectedOption().getAttribute("value")); i++) {
            keys(Keys.ARROW_DOWN);
        }
        assertThat(type.getFirstSelectedOption().getAttribute("value")).isEqualTo("PROHIBITED_CLOSURE_ATTEMPT");
        tabTo("f-county", 5);
        keys("047");
        assertThat(browser.findElement(By.id("f-county")).getAttribute("value")).isEqualTo("047");
        keys(Keys.ENTER);
        wait(browser).until(ExpectedConditions.urlContains("county=047"));
        assertThat(browser.getCurrentUrl()).contains("type=PROHIBITED_CLOSURE_ATTEMPT");
        assertThat(browser.findElements(By.cssSelector("li.alert")))
                .allSatisfy(r -> assertThat(r.getAttribute("data-type")).isEqualTo("PROHIBITED_CLOSURE_ATTEMPT"));

        WebElement acknowledge = tabTo("ack-" + alertId, 400);
        assertThat(acknowledge.getCssValue("outline-style")).as("focus is visible").isEqualTo("solid");
        keys(Keys.ENTER);
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        assertThat(browser.findElement(By.id("flash")).getText()).contains("ACKNOWLEDGED").contains(caseId);
        assertThat(browser.findElement(By.cssSelector("#alert-" + alertId + " .status")).getText()).isEqualTo("ACKNOWLEDGED");
        browser.get(ngec() + "/dashboard/alerts?type=PROHIBITED_CLOSURE_ATTEMPT&county=047");
    }

    @Test
    @Order(4)
    void anAlertResolvedWithANoteLeavesTheOpenQueue() {
        browser.findElement(By.id("note-" + alertId)).sendKeys("ODPP confirmed the plea deal was refused; trial goes on");
        browser.findElement(By.id("resolve-" + alertId)).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        assertThat(browser.findElement(By.id("flash")).getText()).contains("RESOLVED");
        assertThat(browser.getCurrentUrl()).contains("type=PROHIBITED_CLOSURE_ATTEMPT");
        assertThat(browser.findElements(By.id("alert-" + alertId))).isEmpty();
        screenshot(browser, "dashboard-alert-resolved");
        Map<String, Object> resolved = as("monitor.ngec").get(ngec() + "/api/v1/alerts/{id}", alertId).then().statusCode(200)
                .extract().path("$");
        assertThat(resolved.get("status")).isEqualTo("RESOLVED");
        assertThat(resolved.get("history").toString()).contains("ODPP confirmed the plea deal was refused")
                .contains("monitor.ngec");
    }

    @Test
    @Order(5)
    void theCasePageShowsStageDeadlineTimelineAndEveryAlert() {
        browser.get(ngec() + "/dashboard/alerts?status=RESOLVED&type=PROHIBITED_CLOSURE_ATTEMPT");
        browser.findElement(By.cssSelector("#alert-" + alertId + " a.case-link")).click();
        wait(browser).until(ExpectedConditions.urlContains("/dashboard/cases/" + caseId));
        assertThat(browser.findElement(By.id("case-id")).getText()).isEqualTo(caseId);
        assertThat(browser.findElement(By.id("case-stage")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("case-deadline")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.findElement(By.id("case-alerts")).getText()).contains("PROHIBITED_CLOSURE_ATTEMPT").contains("RESOLVED");
        assertThat(browser.getPageSource()).doesNotContain("E2E Child").doesNotContain("E2E Suspect");
        screenshot(browser, "dashboard-case");
    }

    @Test
    @Order(6)
    void theOverviewChartsAll47CountiesAndItsCsvDownloadsWithTheSession() throws Exception {
        browser.findElement(By.linkText("Overview")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("county-bars")));
        assertThat(browser.findElements(By.cssSelector("#county-bars tbody tr"))).hasSize(47);
        assertThat(browser.findElement(By.id("county-bars")).getText()).contains("047 Nairobi");
        assertThat(Long.parseLong(browser.findElement(By.id("total-prohibited")).getText())).isPositive();
        browser.manage().window().setSize(new Dimension(1280, 1400));
        screenshot(browser, "dashboard-overview");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        String href = browser.findElement(By.id("csv-link")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(48);
        assertThat(lines.get(0)).startsWith("code,name,county_code").contains("prohibited_attempts");
        assertThat(lines).anyMatch(l -> l.startsWith("047,Nairobi"));
    }

    @Test
    @Order(7)
    void someoneWhoIsNotAnNgecMonitorIsRefused() {
        WebDriver officer = chromium();
        try {
            officer.get(ngec() + "/dashboard/alerts");
            login(officer, "officer.nairobi");
            wait(officer).until(d -> d.getCurrentUrl().startsWith(ngec()));
            assertThat(officer.getPageSource()).contains("403").doesNotContain("Alert queue");
            assertThat(officer.findElements(By.id("signed-in-user"))).isEmpty();
            screenshot(officer, "dashboard-refused");
        } finally {
            officer.quit();
        }
    }

    @Test
    @Order(8)
    void theMapColoursNairobiByItsProhibitedAttemptsAndLinksToItsQueue() {
        browser.get(ngec() + "/dashboard/overview");
        new Select(browser.findElement(By.id("m-figure"))).selectByValue("prohibited");
        browser.findElement(By.id("map-show")).click();
        wait(browser).until(ExpectedConditions.urlContains("figure=prohibited"));
        List<Map<String, Object>> counties = as("monitor.ngec").get(ngec() + "/api/v1/statistics/counties").then()
                .statusCode(200).extract().path("$");
        long nairobi = counties.stream().filter(c -> "047".equals(c.get("code"))).findFirst()
                .map(c -> ((Number) c.get("prohibitedAttempts")).longValue()).orElseThrow();
        assertThat(nairobi).as("the refused plea deal of this test").isPositive();
        assertThat(browser.findElements(By.cssSelector("#county-map a.tile"))).hasSize(47);
        WebElement tile = browser.findElement(By.id("tile-047"));
        assertThat(tile.getAttribute("data-value")).isEqualTo(String.valueOf(nairobi));
        assertThat(tile.getAttribute("aria-label"))
                .startsWith("047 Nairobi " + nairobi + ", Prohibited closure attempts: " + nairobi + ".");
        assertThat(tile.findElement(By.tagName("title")).getAttribute("textContent"))
                .isEqualTo("047 Nairobi: Prohibited closure attempts " + nairobi);
        assertThat(tile.getAttribute("class")).doesNotContain("step-0");
        assertThat(browser.findElement(By.id("map-value-047")).getText()).isEqualTo(String.valueOf(nairobi));
        screenshot(browser, "dashboard-map");
        assertNoAccessibilityViolations("overview with the map, figure prohibited");

        // from the keyboard: Tab onto the tile, then Enter follows its link
        tabTo("tile-047", 120);
        keys(Keys.ENTER);
        wait(browser).until(ExpectedConditions.urlContains("/dashboard/alerts?county=047"));
        assertThat(browser.findElement(By.id("f-county")).getAttribute("value")).isEqualTo("047");
    }

    @Test
    @Order(9)
    void everyPageHasNoWcag21AViolationInEnglishAndInKiswahili() {
        for (String page : List.of("/dashboard/overview", "/dashboard/overview?figure=quiet", "/dashboard/alerts",
                "/dashboard/alerts?status=RESOLVED", "/dashboard/cases/" + caseId)) {
            browser.get(ngec() + page);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertNoAccessibilityViolations(page + " (en)");
        }
        browser.get(ngec() + "/dashboard/alerts?status=RESOLVED");
        browser.findElement(By.id("switch-language")).click();
        wait(browser).until(d -> "sw".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.getCurrentUrl()).contains("/dashboard/alerts?status=RESOLVED");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Foleni ya tahadhari");
        for (String page : List.of("/dashboard/overview", "/dashboard/overview?figure=closed", "/dashboard/alerts",
                "/dashboard/alerts?status=RESOLVED", "/dashboard/cases/" + caseId)) {
            browser.get(ngec() + page);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sw");
            assertNoAccessibilityViolations(page + " (sw)");
        }
    }

    @Test
    @Order(10)
    void theLanguageChosenIsRememberedAcrossPagesUntilSwitchedBack() {
        browser.get(ngec() + "/dashboard/alerts");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sw");
        browser.findElement(By.linkText("Muhtasari")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("county-map")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sw");
        assertThat(browser.findElement(By.id("map-heading")).getText()).isEqualTo("Ramani ya kaunti 47");
        assertThat(browser.findElement(By.id("tile-047")).getAttribute("aria-label")).startsWith("047 Nairobi ")
                .contains(", Kesi zilizo wazi: ").endsWith("Fungua foleni ya tahadhari ya kaunti hii");
        screenshot(browser, "dashboard-overview-sw");
        browser.findElement(By.cssSelector("#tile-047")).click();
        wait(browser).until(ExpectedConditions.urlContains("county=047"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Foleni ya tahadhari");
        browser.get(ngec() + "/dashboard/cases/" + caseId);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sw");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains(" EAT").doesNotContain("UTC");
        screenshot(browser, "dashboard-case-sw");

        browser.findElement(By.id("switch-language")).click();
        wait(browser).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.getCurrentUrl()).contains("/dashboard/cases/" + caseId);
        browser.get(ngec() + "/dashboard/overview");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
    }

    @Test
    @Order(11)
    void theFunnelOfThisMonthsReportsMatchesTheStatisticsApiAndHasNoAccessibilityViolation() {
        browser.get(ngec() + "/dashboard/overview");
        browser.findElement(By.linkText("Trends and funnel")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("funnel")));
        new Select(browser.findElement(By.id("t-county"))).selectByValue("047");
        browser.findElement(By.id("trends-show")).click();
        wait(browser).until(ExpectedConditions.urlContains("county=047"));
        String month = browser.findElement(By.id("t-to")).getAttribute("value");
        Map<String, Object> funnel = as("monitor.ngec").queryParam("from", browser.findElement(By.id("t-from")).getAttribute("value"))
                .queryParam("to", month).queryParam("county", "047").get(ngec() + "/api/v1/statistics/funnel").then()
                .statusCode(200).extract().path("$");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) funnel.get("steps");
        assertThat(((Number) steps.get(0).get("cases")).longValue()).as("this test's Nairobi cases, reported this month")
                .isGreaterThanOrEqualTo(1);
        for (Map<String, Object> step : steps) {
            WebElement row = browser.findElement(By.id("funnel-" + step.get("step")));
            assertThat(row.getAttribute("data-cases")).isEqualTo(String.valueOf(step.get("cases")));
        }
        assertThat(browser.findElement(By.id("funnel-REFERRED")).getText()).startsWith("Referred to ODPP");
        assertThat(browser.findElements(By.cssSelector("#trends tbody tr"))).hasSize(12);
        assertThat(browser.findElement(By.id("month-" + month)).getText()).startsWith(month);
        assertThat(browser.findElements(By.cssSelector("#adjournments tbody tr"))).hasSize(5);
        browser.manage().window().setSize(new Dimension(1280, 1400));
        screenshot(browser, "dashboard-funnel");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        assertNoAccessibilityViolations("/dashboard/trends (en)");

        browser.findElement(By.id("switch-language")).click();
        wait(browser).until(d -> "sw".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mwenendo na kesi zinazopotea njiani");
        assertThat(browser.findElement(By.id("funnel-REFERRED")).getText()).startsWith("Zimepelekwa kwa ODPP");
        assertNoAccessibilityViolations("/dashboard/trends (sw)");
        browser.findElement(By.id("switch-language")).click();
        wait(browser).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    @Order(12)
    void anAlertIsAssignedFromTheCasePageToANamedColleagueOfTheRealmInTheMonitorsScope() {
        workCaseId = Agencies.referredNairobiCase();
        Agencies.awaitOdppFile(workCaseId);
        Agencies.odppAction("/api/v1/files/{id}/plea-agreement", null, workCaseId).then().statusCode(422);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Agencies.openAlertTypes(workCaseId).contains("PROHIBITED_CLOSURE_ATTEMPT"));
        String id = (String) Agencies.alerts(workCaseId).stream()
                .filter(a -> "PROHIBITED_CLOSURE_ATTEMPT".equals(a.get("type"))).findFirst().orElseThrow().get("alertId");
        browser.get(ngec() + "/dashboard/cases/" + workCaseId);
        // looked up in Keycloak: the national monitor and the monitors of Nairobi, not Kisii's monitor
        Select colleague = new Select(browser.findElement(By.id("case-assignee-" + id)));
        List<String> offered = colleague.getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertThat(offered).contains("monitor.ngec").doesNotContain("monitor.kisii", "officer.nairobi", "admin.ngec");
        colleague.selectByValue("monitor.ngec");
        browser.findElement(By.id("case-assign-note-" + id)).sendKeys("Write to the ODPP Nairobi office");
        browser.findElement(By.id("case-assign-" + id)).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        assertThat(browser.getCurrentUrl()).contains("/dashboard/cases/" + workCaseId);
        assertThat(browser.findElement(By.id("flash")).getText()).contains("ASSIGNED");
        String history = browser.findElement(By.id("history-" + id)).getText();
        assertThat(history).contains("ASSIGNED").contains("monitor.ngec").contains("Write to the ODPP Nairobi office")
                .contains(" EAT");
        assertThat(browser.findElement(By.cssSelector("#work-" + id + " .assignee")).getText()).isEqualTo("monitor.ngec");
        assertThat(browser.findElement(By.id("case-deadline")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("case-next-court")).getText()).isNotBlank();
        screenshot(browser, "dashboard-case-work");
        assertNoAccessibilityViolations("case page with an alert to work on (en)");

        // the API refuses a colleague outside the alert's scope, as the realm says
        as("monitor.ngec").contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("assignee", "monitor.kisii")).post(ngec() + "/api/v1/alerts/{id}/assign", id).then()
                .statusCode(422).body("type", equalTo("urn:haki:problem:assignee-not-a-colleague"));

        // a county monitor's colleagues are the monitors of their own county only, as the realm says
        String kisiiCase = as("officer.kisii").body(Map.of("obNumber", "OB " + (System.nanoTime() % 90000) + "/11/4/2026",
                "stationCode", "KSI-CENTRAL", "countyCode", "045", "offence", "DEFILEMENT", "offenceDate", "2026-04-09",
                "offencePlace", "Kisii town", "reportedAt", "2026-04-10T07:30:00Z"))
                .post(Agencies.police() + "/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as("officer.kisii").body(Map.of("reason", "MASLAHA", "note", "elders met both families"))
                .post(Agencies.police() + "/api/v1/cases/{id}/closure", kisiiCase).then().statusCode(422);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Agencies.openAlertTypes(kisiiCase).contains("PROHIBITED_CLOSURE_ATTEMPT"));
        Map<String, Object> attempt = Agencies.alerts(kisiiCase).stream()
                .filter(a -> "PROHIBITED_CLOSURE_ATTEMPT".equals(a.get("type"))).findFirst().orElseThrow();
        String kisiiAlert = (String) attempt.get("alertId");
        String version = "\"" + attempt.get("version") + "\"";
        as("monitor.kisii").contentType("application/json").header("If-Match", version)
                .body(Map.of("assignee", "monitor.ngec")).post(ngec() + "/api/v1/alerts/{id}/assign", kisiiAlert).then()
                .statusCode(422).body("type", equalTo("urn:haki:problem:assignee-not-a-colleague"))
                .body("detail", equalTo("Assign the alert to an NGEC monitor of your county, from the list"));
        as("monitor.kisii").contentType("application/json").header("If-Match", version)
                .body(Map.of("assignee", "monitor.kisii")).post(ngec() + "/api/v1/alerts/{id}/assign", kisiiAlert).then()
                .statusCode(200).body("assignee", equalTo("monitor.kisii"));
    }

    @Test
    @Order(13)
    void thePrintableSummaryFitsOnePageWithoutTheChildsIdentity() {
        browser.get(ngec() + "/dashboard/cases/" + workCaseId);
        String child = browser.findElement(By.xpath("//dt[.='Child (pseudonym, age band)']/following-sibling::dd")).getText();
        String pseudonym = child.split(",")[0].strip();
        assertThat(pseudonym).isNotBlank().isNotEqualTo("—");
        browser.findElement(By.id("summary-link")).click();
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("case-summary")));
        assertThat(browser.findElement(By.id("summary-case")).getText()).isEqualTo(workCaseId);
        assertThat(browser.findElement(By.id("summary-alerts")).getText()).contains("PROHIBITED_CLOSURE_ATTEMPT")
                .contains("monitor.ngec");
        assertThat(browser.getPageSource()).doesNotContain(pseudonym).doesNotContain("E2E Child")
                .doesNotContain("E2E Suspect");
        assertNoAccessibilityViolations("case summary (en)");
        ((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed()).as("no dashboard header in print").isFalse();
            screenshot(browser, "dashboard-case-summary-print");
        } finally {
            ((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        org.openqa.selenium.PrintsPage printer = (org.openqa.selenium.PrintsPage) browser;
        org.openqa.selenium.print.PrintOptions a4 = new org.openqa.selenium.print.PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        byte[] pdf = java.util.Base64.getDecoder().decode(printer.print(a4).getContent());
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count())
                .as("pages of the printed summary").isEqualTo(1);
        try {
            Files.write(SCREENSHOTS.resolve("dashboard-case-summary.pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.findElement(By.id("switch-language")).click();
        wait(browser).until(d -> "sw".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Muhtasari wa ufuatiliaji wa kesi wa NGEC");
        assertNoAccessibilityViolations("case summary (sw)");
        browser.get(ngec() + "/dashboard/cases/" + workCaseId);
        assertNoAccessibilityViolations("case page with an alert to work on (sw)");
        browser.findElement(By.id("switch-language")).click();
        wait(browser).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /** Runs axe-core in the page and fails with each violation's rule, help and elements. */
    @SuppressWarnings("unchecked")
    static void assertNoAccessibilityViolations(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource());
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } }).then(function (r) {
                  done({ passes: r.passes.length, violations: r.violations.map(function (v) {
                    return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {
                      return n.target.join(' ') + ' [' + n.failureSummary + ']'; }).join('; '); }) });
                }).catch(function (e) { done({ error: String(e) }); });""", WCAG_21_AA);
        assertThat(result.get("error")).as("axe on " + page).isNull();
        assertThat(((Number) result.get("passes")).intValue()).as("axe checked something on " + page).isPositive();
        assertThat((List<String>) result.get("violations")).as("WCAG 2.1 A/AA violations on " + page).isEmpty();
    }

    private static String axeSource() {
        try (InputStream in = DashboardBrowserE2ETest.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Presses Tab until the element with this id has the focus, and returns it. */
    private static WebElement tabTo(String id, int atMost) {
        for (int i = 0; i < atMost; i++) {
            keys(Keys.TAB);
            WebElement active = browser.switchTo().activeElement();
            if (id.equals(active.getAttribute("id"))) {
                return active;
            }
        }
        throw new AssertionError("no keyboard focus on #" + id + " after " + atMost + " Tab presses");
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static void signIn(WebDriver driver, String user, String url) {
        driver.get(url);
        login(driver, user);
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
        assertThat(driver.getCurrentUrl()).startsWith(url);
    }

    private static void login(WebDriver driver, String user) {
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        screenshot(driver, "keycloak-login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static WebDriver chromium() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("haki-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--window-size=1280,1000", "--user-data-dir=" + profile);
            Path log = Path.of("target/e2e-logs/chromedriver.log");
            Files.createDirectories(log.getParent());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).withLogFile(log.toFile()).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void screenshot(WebDriver driver, String name) {
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
