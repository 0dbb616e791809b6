package ke.haki.police.it;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ke.haki.law.Offence;
import ke.haki.police.domain.CaseStatus;
import ke.haki.police.repository.PoliceCaseEntity;

/** Calls the police API as a station's system would, with realistic fictional data. */
final class PoliceApi {

    static final String STATION = "NRB-KILIMANI";
    static final String COUNTY = "047";
    /** Fictional identities used in the suite: none of them may ever appear on a topic. */
    static final String VICTIM_NAME = "Achieng Fictional-Victim";
    static final String GUARDIAN_NAME = "Wanjiru Fictional-Guardian";
    static final String GUARDIAN_PHONE = "+254711000999";
    static final String BIRTH_DATE = "2013-02-17";
    static final String ADDRESS = "Plot 9 Fictional Lane, Kilimani";
    static final String SUSPECT_NAME = "Otieno Fictional-Suspect";

    private static final AtomicInteger OB_ENTRY = new AtomicInteger((int) (System.nanoTime() % 5000) + 1);

    private PoliceApi() {}

    static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    static Map<String, Object> newCase() {
        return Map.of(
                "obNumber", "OB " + OB_ENTRY.incrementAndGet() + "/10/4/2026",
                "stationCode", STATION,
                "countyCode", COUNTY,
                "offence", "DEFILEMENT",
                "offenceDate", "2026-04-09",
                "offencePlace", "Kilimani, Nairobi",
                "reportedAt", "2026-04-10T07:30:00Z");
    }

    /** A REPORTED case of NRB-KILIMANI (047) put straight into the database, for the role matrices. */
    static PoliceCaseEntity kilimaniCase(String caseId, String obNumber) {
        PoliceCaseEntity c = new PoliceCaseEntity();
        c.caseId = caseId;
        c.obNumber = obNumber;
        c.stationCode = STATION;
        c.countyCode = COUNTY;
        c.offence = Offence.DEFILEMENT;
        c.offenceDate = LocalDate.parse("2026-04-01");
        c.offencePlace = "Kilimani";
        c.reportedAt = Instant.parse("2026-04-01T10:00:00Z");
        c.status = CaseStatus.REPORTED;
        c.createdBy = "matrix";
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        return c;
    }

    static String register() {
        return given().contentType(ContentType.JSON).body(newCase())
                .post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
    }

    static Response recordVictim(String caseId) {
        return given().contentType(ContentType.JSON).body(Map.of(
                "fullName", VICTIM_NAME,
                "birthDate", BIRTH_DATE,
                "sex", "FEMALE",
                "hasDisability", false,
                "guardianName", GUARDIAN_NAME,
                "guardianPhone", GUARDIAN_PHONE,
                "address", ADDRESS))
                .put("/api/v1/cases/{id}/victim", caseId);
    }

    static String addSuspect(String caseId) {
        return given().contentType(ContentType.JSON).body(Map.of(
                "fullName", SUSPECT_NAME, "ageYears", 34, "relationshipToVictim", "FAMILY_ACQUAINTANCE"))
                .post("/api/v1/cases/{id}/suspects", caseId).then().statusCode(201).extract().path("suspectRef");
    }

    static Response post(String path, Object body, Object... params) {
        return given().contentType(ContentType.JSON).body(body).post(path, params);
    }

    static String referredCase() {
        String caseId = register();
        recordVictim(caseId).then().statusCode(200);
        addSuspect(caseId);
        post("/api/v1/cases/{id}/referral", Map.of("odppOfficeCode", "ODPP-NRB"), caseId).then().statusCode(200);
        return caseId;
    }
}
