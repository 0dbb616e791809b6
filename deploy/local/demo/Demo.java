import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a realistic, clearly fictional data set into a running local stack through the public
 * APIs, with real Keycloak tokens, as agency systems would. Run by `deploy/local/stack demo`
 * (plain `java Demo.java`, no dependencies).
 */
public class Demo {

    static final String KEYCLOAK = env("KEYCLOAK_URL", "http://localhost:8180") + "/realms/haki/protocol/openid-connect/token";
    static final String POLICE = env("POLICE_URL", "http://localhost:8081");
    static final String ODPP = env("PROSECUTION_URL", "http://localhost:8082");
    static final String NGEC = env("MONITORING_URL", "http://localhost:8083");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<String, String> TOKENS = new HashMap<>();
    static final String RUN = Long.toString(System.currentTimeMillis() % 100000);
    static int obEntry = (int) (System.currentTimeMillis() % 5000) + 100;

    record Answer(int status, String body, String etag) {}

    public static void main(String[] args) throws Exception {
        System.out.println("Loading the fictional demo data set (every name below is invented)...");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Africa/Nairobi"));

        String convicted = newCase("officer.nairobi", "NRB-KILIMANI", "047", "DEFILEMENT", today.minusDays(60), 13);
        refer("officer.nairobi", convicted, "ODPP-NRB");
        prosecute("prosecutor.nairobi", convicted, "Milimani Law Courts", "E101", today.minusDays(50));
        judgment("prosecutor.nairobi", convicted, "CONVICTED", "{\"life\":false,\"years\":20}", today.minusDays(5));
        say("Nairobi: reported, referred, charged, tried, convicted and sentenced to 20 years (the s.8(3) minimum)", convicted);

        String quiet = newCase("officer.nairobi", "NRB-KILIMANI", "047", "DEFILEMENT", today.minusDays(30), 9);
        refer("officer.nairobi", quiet, "ODPP-NRB");
        say("Nairobi: referred to ODPP and nothing since (goes quiet after the referral limit)", quiet);

        String maslaha = newCase("officer.nairobi", "NRB-KILIMANI", "047", "DEFILEMENT", today.minusDays(12), 14);
        Answer refused = call("officer.nairobi", "POST", POLICE + "/api/v1/cases/" + maslaha + "/closure",
                "{\"reason\":\"MASLAHA\",\"note\":\"elders met both families\"}");
        say("Nairobi: a maslaha settlement attempted at the station, refused with " + refused.status()
                + " " + field(refused.body(), "rule"), maslaha);

        String returned = newCase("officer.nairobi", "NRB-KILIMANI", "047", "ATTEMPTED_DEFILEMENT", today.minusDays(40), 15);
        refer("officer.nairobi", returned, "ODPP-NRB");
        awaitFile("prosecutor.nairobi", returned);
        post("prosecutor.nairobi", ODPP + "/api/v1/files/" + returned + "/return-for-investigation",
                "{\"directions\":[\"Obtain the P3 form\",\"Record the class teacher's statement\"],\"respondBy\":\""
                        + today.plusDays(14) + "\"}", returned, ODPP);
        awaitStatus("officer.nairobi", returned, "RETURNED_FOR_INVESTIGATION");
        post("officer.nairobi", POLICE + "/api/v1/cases/" + returned + "/resubmission",
                "{\"directionsAnswered\":2,\"note\":\"P3 and statement attached\"}", returned, POLICE);
        say("Nairobi: returned by ODPP for further investigation, answered and re-submitted", returned);

        String plea = newCase("officer.kisii", "KSI-CENTRAL", "045", "DEFILEMENT", today.minusDays(45), 12);
        refer("officer.kisii", plea, "ODPP-KSI");
        prosecute("prosecutor.kisii", plea, "Kisii Law Courts", "E077", today.minusDays(35));
        Answer deal = call("prosecutor.kisii", "POST", ODPP + "/api/v1/files/" + plea + "/plea-agreement",
                "{\"note\":\"accused offers to plead to a lesser charge\"}");
        say("Kisii: a plea agreement proposed at ODPP, refused with " + deal.status() + " " + field(deal.body(), "rule"), plea);

        String declined = newCase("officer.kisii", "KSI-CENTRAL", "045", "INDECENT_ACT_WITH_CHILD", today.minusDays(25), 10);
        refer("officer.kisii", declined, "ODPP-KSI");
        awaitFile("prosecutor.kisii", declined);
        post("prosecutor.kisii", ODPP + "/api/v1/files/" + declined + "/no-charge",
                "{\"reason\":\"INSUFFICIENT_EVIDENCE\",\"evidentialTestMet\":false,\"publicInterestTestMet\":true,"
                        + "\"note\":\"no medical evidence\"}", declined, ODPP);
        say("Kisii: ODPP decided not to charge (closed without a court outcome)", declined);

        String low = newCase("officer.kisii", "KSI-CENTRAL", "045", "DEFILEMENT", today.minusDays(90), 13);
        refer("officer.kisii", low, "ODPP-KSI");
        prosecute("prosecutor.kisii", low, "Kisii Law Courts", "E078", today.minusDays(80));
        judgment("prosecutor.kisii", low, "CONVICTED", "{\"life\":false,\"years\":10}", today.minusDays(3));
        say("Kisii: convicted and sentenced to 10 years, below the 20-year minimum of s.8(3)", low);

        // last week's Tuesday, so the demo does not depend on the day it runs (Art. 49(1)(f) follows the court calendar)
        LocalDate tuesday = today.minusDays(7).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.TUESDAY));
        String late = newCase("officer.kisii", "KSI-CENTRAL", "045", "DEFILEMENT", tuesday.minusDays(1), 16);
        String ref = field(call("officer.kisii", "GET", POLICE + "/api/v1/cases/" + late + "/suspects", null).body(), "suspectRef");
        post("officer.kisii", POLICE + "/api/v1/cases/" + late + "/suspects/" + ref + "/arrest",
                "{\"arrestedAt\":\"" + tuesday + "T08:00:00Z\"}", late, POLICE);
        post("officer.kisii", POLICE + "/api/v1/cases/" + late + "/suspects/" + ref + "/arraignment",
                "{\"arraignedAt\":\"" + tuesday.plusDays(2) + "T10:00:00Z\",\"courtStation\":\"Kisii Law Courts\"}", late, POLICE);
        say("Kisii: arrested on a Tuesday, arraigned on the Thursday (beyond the 24 hours of Art. 49(1)(f)(i))", late);

        LocalDate friday = tuesday.plusDays(3);
        String weekend = newCase("officer.nairobi", "NRB-KILIMANI", "047", "DEFILEMENT", friday.minusDays(1), 14);
        String wref = field(call("officer.nairobi", "GET", POLICE + "/api/v1/cases/" + weekend + "/suspects", null).body(), "suspectRef");
        post("officer.nairobi", POLICE + "/api/v1/cases/" + weekend + "/suspects/" + wref + "/arrest",
                "{\"arrestedAt\":\"" + friday + "T16:00:00Z\"}", weekend, POLICE);
        post("officer.nairobi", POLICE + "/api/v1/cases/" + weekend + "/suspects/" + wref + "/arraignment",
                "{\"arraignedAt\":\"" + friday.plusDays(3) + "T06:00:00Z\",\"courtStation\":\"Kibera Law Courts\"}", weekend, POLICE);
        say("Nairobi: arrested on a Friday at 19:00, arraigned on Monday at 09:00: lawful under Art. 49(1)(f)(ii), no alert", weekend);

        String discharged = newCase("officer.nairobi", "NRB-KILIMANI", "047", "DEFILEMENT", today.minusDays(70), 11);
        refer("officer.nairobi", discharged, "ODPP-NRB");
        prosecute("prosecutor.nairobi", discharged, "Milimani Law Courts", "E102", today.minusDays(60));
        post("prosecutor.nairobi", ODPP + "/api/v1/files/" + discharged + "/termination",
                "{\"ending\":\"DISCHARGE_AFTER_WITHDRAWAL\",\"endedOn\":\"" + today.minusDays(2) + "\"}", discharged, ODPP);
        say("Nairobi: the court discharged the accused under CPC s.87(a) after a withdrawal (critical: no court outcome)", discharged);

        String downgraded = newCase("officer.kisii", "KSI-CENTRAL", "045", "DEFILEMENT", today.minusDays(20), 13);
        refer("officer.kisii", downgraded, "ODPP-KSI");
        awaitFile("prosecutor.kisii", downgraded);
        post("prosecutor.kisii", ODPP + "/api/v1/files/" + downgraded + "/charge", "{\"evidentialTestMet\":true,"
                + "\"publicInterestTestMet\":true,\"counts\":[{\"statute\":\"s.11(1) Sexual Offences Act\",\"alternative\":false}],"
                + "\"overrideReason\":\"Penetration not proved by the P3\"}", downgraded, ODPP);
        say("Kisii: charged as an indecent act (s.11(1)) where the facts call for defilement (s.8(3)): a downgrade", downgraded);

        String child = newCase("officer.kisii", "KSI-CENTRAL", "045", "DEFILEMENT", today.minusDays(100), 13, 16);
        refer("officer.kisii", child, "ODPP-KSI");
        prosecute("prosecutor.kisii", child, "Kisii Law Courts", "E079", today.minusDays(90));
        judgment("prosecutor.kisii", child, "CONVICTED", "{\"life\":false,\"nonCustodial\":true}", today.minusDays(4));
        say("Kisii: a 16-year-old accused (a child offender): a non-custodial order, lawful under the Children Act, no alert", child);

        String diverted = newCase("officer.kisii", "KSI-CENTRAL", "045", "DEFILEMENT", today.minusDays(40), 14, 17);
        refer("officer.kisii", diverted, "ODPP-KSI");
        awaitFile("prosecutor.kisii", diverted);
        post("prosecutor.kisii", ODPP + "/api/v1/files/" + diverted + "/diversion", "{\"decidedOn\":\"" + today.minusDays(30)
                + "\",\"programme\":\"Children's Department, Kisii: 6-month mentorship and counselling programme\"}", diverted, ODPP);
        say("Kisii: a 17-year-old accused diverted under the Children Act 2022: followed as DIVERTED until it ends, no alert", diverted);

        String adultDiversion = newCase("officer.kisii", "KSI-CENTRAL", "045", "DEFILEMENT", today.minusDays(15), 12, 18);
        refer("officer.kisii", adultDiversion, "ODPP-KSI");
        awaitFile("prosecutor.kisii", adultDiversion);
        expect(call("prosecutor.kisii", "POST", ODPP + "/api/v1/files/" + adultDiversion + "/diversion", "{\"decidedOn\":\""
                + today + "\",\"programme\":\"Community programme\"}"), 422);
        say("Kisii: a diversion asked for an 18-year-old accused: refused (SOA_NO_DIVERSION), a prohibited attempt (critical)",
                adultDiversion);

        System.out.println();
        System.out.println("Where to look (token: curl -s -d grant_type=password -d client_id=haki-cli -d username=monitor.ngec \\");
        System.out.println("  -d password=demo-password " + KEYCLOAK + " | jq -r .access_token):");
        System.out.println("  open alerts:        " + NGEC + "/api/v1/alerts?status=OPEN");
        System.out.println("  county statistics:  " + NGEC + "/api/v1/statistics/counties");
        System.out.println("  a case timeline:    " + NGEC + "/api/v1/cases/" + convicted + "/timeline");
        System.out.println("  the police view:    " + POLICE + "/api/v1/cases/" + convicted + "/timeline (as officer.nairobi)");
        System.out.println("  Swagger UIs:        " + POLICE + "/q/swagger-ui  " + ODPP + "/q/swagger-ui  " + NGEC + "/q/swagger-ui");
    }

    static String newCase(String officer, String station, String county, String offence, LocalDate offenceDate, int age)
            throws Exception {
        return newCase(officer, station, county, offence, offenceDate, age, 35);
    }

    static String newCase(String officer, String station, String county, String offence, LocalDate offenceDate, int age,
            int suspectAge) throws Exception {
        String ob = "OB " + (++obEntry) + "/" + offenceDate.plusDays(1).getDayOfMonth() + "/"
                + offenceDate.plusDays(1).getMonthValue() + "/" + offenceDate.plusDays(1).getYear();
        Answer created = call(officer, "POST", POLICE + "/api/v1/cases", "{\"obNumber\":\"" + ob + "\",\"stationCode\":\""
                + station + "\",\"countyCode\":\"" + county + "\",\"offence\":\"" + offence + "\",\"offenceDate\":\""
                + offenceDate + "\",\"offencePlace\":\"Demo village " + RUN + "\",\"reportedAt\":\"" + offenceDate.plusDays(1)
                + "T07:30:00Z\"}");
        expect(created, 201);
        String caseId = field(created.body(), "caseId");
        expect(call(officer, "PUT", POLICE + "/api/v1/cases/" + caseId + "/victim", "{\"fullName\":\"Demo Child " + RUN
                + " (fictional)\",\"declaredAge\":" + age + ",\"sex\":\"FEMALE\",\"hasDisability\":false,"
                + "\"guardianName\":\"Demo Guardian (fictional)\"}"), 200);
        expect(call(officer, "POST", POLICE + "/api/v1/cases/" + caseId + "/suspects", "{\"fullName\":\"Demo Suspect "
                + RUN + " (fictional)\",\"ageYears\":" + suspectAge + ",\"relationshipToVictim\":\"FAMILY_ACQUAINTANCE\"}"), 201);
        expect(call(officer, "POST", POLICE + "/api/v1/cases/" + caseId + "/medical-evidence",
                "{\"form\":\"P3\",\"examinedOn\":\"" + offenceDate.plusDays(1) + "\",\"facility\":\"County Referral Hospital\"}"), 201);
        return caseId;
    }

    static void refer(String officer, String caseId, String office) throws Exception {
        expect(call(officer, "POST", POLICE + "/api/v1/cases/" + caseId + "/referral", "{\"odppOfficeCode\":\"" + office + "\"}"), 200);
    }

    static void prosecute(String prosecutor, String caseId, String court, String number, LocalDate filed) throws Exception {
        awaitFile(prosecutor, caseId);
        post(prosecutor, ODPP + "/api/v1/files/" + caseId + "/charge", "{\"evidentialTestMet\":true,\"publicInterestTestMet\":true}",
                caseId, ODPP);
        post(prosecutor, ODPP + "/api/v1/files/" + caseId + "/court-filing", "{\"courtStation\":\"" + court
                + "\",\"courtCaseNumber\":\"Sexual Offence Case No. " + number + " of " + filed.getYear() + "\",\"filedOn\":\""
                + filed + "\"}", caseId, ODPP);
        post(prosecutor, ODPP + "/api/v1/files/" + caseId + "/plea", "{\"plea\":\"NOT_GUILTY\",\"recordedOn\":\""
                + filed.plusDays(1) + "\"}", caseId, ODPP);
        post(prosecutor, ODPP + "/api/v1/files/" + caseId + "/sittings", "{\"kind\":\"HEARING\",\"sittingDate\":\""
                + filed.plusDays(14) + "\",\"adjourned\":true,\"adjournmentReason\":\"WITNESS_ABSENT\",\"nextDate\":\""
                + filed.plusDays(28) + "\"}", caseId, ODPP);
        post(prosecutor, ODPP + "/api/v1/files/" + caseId + "/sittings", "{\"kind\":\"HEARING\",\"sittingDate\":\""
                + filed.plusDays(28) + "\",\"adjourned\":false}", caseId, ODPP);
    }

    static void judgment(String prosecutor, String caseId, String verdict, String sentence, LocalDate on) throws Exception {
        post(prosecutor, ODPP + "/api/v1/files/" + caseId + "/judgment", "{\"verdict\":\"" + verdict + "\",\"deliveredOn\":\""
                + on + "\",\"sentence\":" + sentence + "}", caseId, ODPP);
    }

    static void post(String account, String url, String body, String caseId, String base) throws Exception {
        String resource = base.equals(ODPP) ? ODPP + "/api/v1/files/" + caseId : POLICE + "/api/v1/cases/" + caseId;
        String etag = call(account, "GET", resource, null).etag();
        Answer a = call(account, "POST", url, body, etag);
        if (a.status() >= 300) {
            throw new IllegalStateException("POST " + url + " answered " + a.status() + ": " + a.body());
        }
    }

    static void awaitFile(String prosecutor, String caseId) throws Exception {
        for (int i = 0; i < 120; i++) {
            Answer file = call(prosecutor, "GET", ODPP + "/api/v1/files/" + caseId, null);
            if (file.status() == 200) {
                expect(call(prosecutor, "PUT", ODPP + "/api/v1/files/" + caseId + "/prosecutor",
                        "{\"prosecutorRef\":\"" + prosecutor + "\"}", file.etag()), 200);
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("ODPP never opened a file for case " + caseId + " (is Kafka up?)");
    }

    static void awaitStatus(String officer, String caseId, String status) throws Exception {
        for (int i = 0; i < 120; i++) {
            if (call(officer, "GET", POLICE + "/api/v1/cases/" + caseId, null).body().contains("\"status\":\"" + status + "\"")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("case " + caseId + " never reached " + status);
    }

    static Answer call(String account, String method, String url, String body) throws Exception {
        return call(account, method, url, body, null);
    }

    static Answer call(String account, String method, String url, String body, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(account)).header("Accept", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
    }

    static String token(String account) throws Exception {
        String cached = TOKENS.get(account);
        if (cached != null) {
            return cached;
        }
        String form = "grant_type=password&client_id=haki-cli&username=" + URLEncoder.encode(account, StandardCharsets.UTF_8)
                + "&password=demo-password";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("no token for " + account + ": " + r.statusCode() + " (is Keycloak up?)");
        }
        String token = field(r.body(), "access_token");
        TOKENS.put(account, token);
        return token;
    }

    static void expect(Answer a, int status) {
        if (a.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + a.status() + ": " + a.body());
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static void say(String what, String caseId) {
        System.out.println("  " + what + "\n      case " + caseId);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
