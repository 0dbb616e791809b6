package ke.haki.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The three public APIs, called exactly as agency systems call them: HTTP and a Keycloak token. */
final class Agencies {

    private static final AtomicInteger OB = new AtomicInteger((int) (System.nanoTime() % 4000) + 10);

    private Agencies() {}

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    static String police() {
        return Stack.get().police.url();
    }

    static String odpp() {
        return Stack.get().prosecution.url();
    }

    static String ngec() {
        return Stack.get().monitoring.url();
    }

    /** A Nairobi case with the child (13 at the offence), a suspect and a P3 form, referred to ODPP. */
    static String referredNairobiCase() {
        return referredNairobiCase(police());
    }

    /** As {@link #referredNairobiCase()}, through the police intake instance at {@code police}. */
    static String referredNairobiCase(String police) {
        String officer = "officer.nairobi";
        String caseId = as(officer).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of(
                "obNumber", "OB " + OB.incrementAndGet() + "/10/4/2026", "stationCode", "NRB-KILIMANI", "countyCode", "047",
                "offence", "DEFILEMENT", "offenceDate", "2026-04-09", "offencePlace", "Kilimani",
                "reportedAt", "2026-04-10T07:30:00Z"))
                .post(police + "/api/v1/cases").then().statusCode(201).extract().path("caseId");
        as(officer).body(Map.of("fullName", "E2E Child (fictional)", "birthDate", "2013-02-17", "sex", "FEMALE",
                "hasDisability", false)).put(police + "/api/v1/cases/{id}/victim", caseId).then().statusCode(200);
        as(officer).body(Map.of("fullName", "E2E Suspect (fictional)", "ageYears", 40, "relationshipToVictim", "NEIGHBOUR"))
                .post(police + "/api/v1/cases/{id}/suspects", caseId).then().statusCode(201);
        as(officer).body(Map.of("form", "P3", "examinedOn", "2026-04-10", "facility", "Nairobi Women's Hospital GVRC"))
                .post(police + "/api/v1/cases/{id}/medical-evidence", caseId).then().statusCode(201);
        as(officer).body(Map.of("odppOfficeCode", "ODPP-NRB")).post(police + "/api/v1/cases/{id}/referral", caseId)
                .then().statusCode(200);
        return caseId;
    }

    /** Waits until ODPP opened its file (the referral travels through Kafka), then takes it on. */
    static void awaitOdppFile(String caseId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                as("prosecutor.nairobi").get(odpp() + "/api/v1/files/{id}", caseId).statusCode() == 200);
        String etag = as("prosecutor.nairobi").get(odpp() + "/api/v1/files/{id}", caseId).then().extract().header("ETag");
        as("prosecutor.nairobi").header("If-Match", etag).body(Map.of("prosecutorRef", "prosecutor.nairobi"))
                .put(odpp() + "/api/v1/files/{id}/prosecutor", caseId).then().statusCode(200);
    }

    /** A prosecutor's action on the file, with the version just read. */
    static Response odppAction(String path, Object body, String caseId) {
        String etag = as("prosecutor.nairobi").get(odpp() + "/api/v1/files/{id}", caseId).then().statusCode(200)
                .extract().header("ETag");
        RequestSpecification request = as("prosecutor.nairobi").header("If-Match", etag);
        return (body == null ? request : request.body(body)).post(odpp() + path, caseId);
    }

    static void charge(String caseId) {
        odppAction("/api/v1/files/{id}/charge", Map.of("evidentialTestMet", true, "publicInterestTestMet", true), caseId)
                .then().statusCode(200);
        odppAction("/api/v1/files/{id}/court-filing", Map.of("courtStation", "Milimani Law Courts",
                "courtCaseNumber", "Sexual Offence Case No. E" + (100 + OB.incrementAndGet() % 800) + " of 2026",
                "filedOn", "2026-04-20"), caseId).then().statusCode(200);
        odppAction("/api/v1/files/{id}/plea", Map.of("plea", "NOT_GUILTY", "recordedOn", "2026-04-21"), caseId)
                .then().statusCode(200);
        odppAction("/api/v1/files/{id}/sittings", Map.of("kind", "HEARING", "sittingDate", "2026-05-04", "adjourned", true,
                "adjournmentReason", "WITNESS_ABSENT", "nextDate", "2026-05-18"), caseId).then().statusCode(201);
        odppAction("/api/v1/files/{id}/sittings", Map.of("kind", "HEARING", "sittingDate", "2026-05-18", "adjourned", false),
                caseId).then().statusCode(201);
    }

    static void convict(String caseId, int years) {
        odppAction("/api/v1/files/{id}/judgment", Map.of("verdict", "CONVICTED", "deliveredOn", "2026-07-01",
                "sentence", Map.of("life", false, "years", years)), caseId).then().statusCode(200);
    }

    /** The NGEC alerts of a case, as a monitor sees them. */
    static List<Map<String, Object>> alerts(String caseId) {
        return as("monitor.ngec").get(ngec() + "/api/v1/cases/{id}/alerts", caseId).then().statusCode(200)
                .extract().path("$");
    }

    static List<String> openAlertTypes(String caseId) {
        return alerts(caseId).stream().filter(a -> "OPEN".equals(a.get("status"))).map(a -> (String) a.get("type")).toList();
    }
}
