package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

import ke.haki.law.County;
import ke.haki.law.Offence;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * The overview's tile map of the 47 counties and the dashboard in Kiswahili, read as HTML over
 * HTTP: no browser needed. Counties 040 (Busia) and 038 (Vihiga)
 * are this test's own: no other test writes there.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "monitor.national", roles = { "ngec-monitor", "ngec-national-monitor" })
class DashboardMapAndLanguageTest {

    private static final Pattern TILE = Pattern.compile(
            "<a href=\"/dashboard/alerts\\?county=(\\d{3})\" id=\"tile-(\\d{3})\" class=\"tile step-([0-4])\" data-value=\"([^\"]*)\" aria-label=\"([^\"]+)\">\\s*<title>([^<]+)</title>");

    @Inject
    TestClock clock;

    @Test
    void theMapHasASquareForEachOf47CountiesLinkingToItsQueueWithNameAndFigure() {
        String html = given().get("/dashboard/overview").then().statusCode(200).extract().asString();
        Matcher m = TILE.matcher(html);
        int tiles = 0;
        while (m.find()) {
            tiles++;
            County county = County.byCode(m.group(1)).orElseThrow();
            assertThat(m.group(2)).isEqualTo(county.code());
            // the accessible name starts with the square's visible text: code, name, figure
            assertThat(unescape(m.group(5))).isEqualTo(county.code() + " " + county.displayName() + " " + m.group(4)
                    + ", Open cases: " + m.group(4) + ". Open the county's alert queue");
            assertThat(unescape(m.group(6))).isEqualTo(county.code() + " " + county.displayName() + ": Open cases " + m.group(4));
        }
        assertThat(tiles).isEqualTo(47);
        for (County county : County.values()) {
            assertThat(html).contains("id=\"tile-" + county.code() + "\"").contains("id=\"map-value-" + county.code() + "\"");
        }
        assertThat(html).contains("<svg id=\"county-map\"").contains("aria-labelledby=\"map-heading\"")
                .contains("<label for=\"m-figure\">Colour the map by</label>").contains("id=\"map-table\"");
    }

    @Test
    void eachFigureColoursTheMapWithTheCountysOwnNumber() {
        try (Feed feed = new Feed("040", "BSA-CENTRAL")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            feed.victim(now, 10);
            feed.nps(now, new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.DUPLICATE_REPORT));

            String closed = given().get("/dashboard/overview?figure=closed").then().statusCode(200).extract().asString();
            assertThat(tile(closed, "040")).contains("data-value=\"1\"").doesNotContain("step-0")
                    .contains("aria-label=\"040 Busia 1, Closed without court outcome: 1.");
            assertThat(closed).contains("<td id=\"map-value-040\">1</td>")
                    .contains("<option value=\"closed\" selected>Closed without court outcome</option>");

            // the one case is closed: not open, so no open case and no quiet share
            assertThat(tile(given().get("/dashboard/overview?figure=open").then().statusCode(200).extract().asString(), "040"))
                    .contains("class=\"tile step-0\" data-value=\"0\"");
            String quiet = given().get("/dashboard/overview?figure=quiet").then().statusCode(200).extract().asString();
            assertThat(tile(quiet, "040")).contains("data-value=\"\"").contains("040 Busia —, Quiet cases per 100 open cases: no open case.")
                    .contains("<title>040 Busia: Quiet cases per 100 open cases no open case</title>");
            assertThat(quiet).contains("<td id=\"map-value-040\">—</td>");
        }
        given().get("/dashboard/overview?figure=everything").then().statusCode(400)
                .body(containsString("figure"));
    }

    @Test
    void theLanguageSwitchIsRememberedInACookieAndEveryPageFollowsIt() {
        Response switched = given().redirects().follow(false)
                .get("/dashboard/language?lang=sw&back=/dashboard/overview?figure=closed");
        switched.then().statusCode(303).header("Location", containsString("/dashboard/overview?figure=closed"));
        String setCookie = switched.getHeader("Set-Cookie");
        assertThat(setCookie).contains("haki_lang=sw").contains("Path=/dashboard").containsIgnoringCase("Max-Age=31536000")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        String queue = given().cookie("haki_lang", "sw").get("/dashboard/alerts").then().statusCode(200).extract().asString();
        assertThat(queue).contains("<html lang=\"sw\">").contains("<h1>Foleni ya tahadhari</h1>")
                .contains("<label for=\"f-type\">Aina</label>").contains(">Jaribio lililokatazwa la kufunga kesi (")
                .contains(">Imeshughulikiwa (").contains("Ruka hadi maudhui")
                .contains("id=\"switch-language\" lang=\"en\" hreflang=\"en\">English</a>")
                .doesNotContain("Alert queue").doesNotContain("Apply filters").doesNotContain("Signed in as");

        String overview = given().cookie("haki_lang", "sw").get("/dashboard/overview").then().statusCode(200)
                .extract().asString();
        assertThat(overview).contains("<html lang=\"sw\">").contains("Ramani ya kaunti 47")
                .containsPattern("aria-label=\"047 Nairobi (\\d+), Kesi zilizo wazi: \\1\\. Fungua foleni ya tahadhari ya kaunti hii\"").contains("Kesi zilizo wazi kwa kaunti")
                .doesNotContain("Open cases by county").doesNotContain("Colour the map by");

        // English without the cookie, and a link back to the page being read
        given().get("/dashboard/alerts?type=CASE_QUIET").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("href=\"/dashboard/language?lang=sw&amp;back=%2Fdashboard%2Falerts%3Ftype%3DCASE_QUIET\""));
        given().redirects().follow(false).get("/dashboard/language?lang=sw&back=https://evil.example/").then()
                .statusCode(303).header("Location", containsString("/dashboard/alerts"))
                .header("Location", org.hamcrest.Matchers.not(containsString("evil")));
        given().get("/dashboard/language?lang=fr").then().statusCode(400).body(containsString("lang"));
    }

    @Test
    void theCasePageInKiswahiliShowsTimesInEastAfricaTime() {
        try (Feed feed = new Feed("038", "VHG-CENTRAL")) {
            Instant now = clock.instant();
            feed.report(now, Offence.DEFILEMENT);
            feed.victim(now, 10);
            feed.nps(now, new CaseClosedByPolice(CaseClosedByPolice.PoliceClosureReason.DUPLICATE_REPORT));
            String eat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Africa/Nairobi")).format(now);
            String utc = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(now);

            String html = given().cookie("haki_lang", "sw").get("/dashboard/cases/{id}", feed.caseId).then().statusCode(200)
                    .extract().asString();
            assertThat(html).contains("<html lang=\"sw\">").contains("<dt>Hatua</dt><dd id=\"case-stage\">Imefungwa</dd>")
                    .contains("Mfuatano wa matukio").contains(">Imefungwa bila uamuzi wa mahakama<")
                    .contains(eat + " EAT").doesNotContain(utc + " ").doesNotContain("UTC");
            given().get("/dashboard/cases/{id}", feed.caseId).then().statusCode(200)
                    .body(containsString("<html lang=\"en\">")).body(containsString(eat + " EAT"));
        }
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String tile(String html, String code) {
        int start = html.indexOf("<a href=\"/dashboard/alerts?county=" + code + "\"");
        assertThat(start).as("tile of county " + code).isNotNegative();
        return html.substring(start, html.indexOf("</a>", start));
    }
}
