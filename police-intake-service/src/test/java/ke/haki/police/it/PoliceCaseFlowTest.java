package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static ke.haki.police.it.PoliceApi.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

import ke.haki.contract.CaseEvent;
import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.EventCodec;
import ke.haki.contract.Topics;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;

@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047"),
        @Claim(key = "agency", value = "NPS") })
class PoliceCaseFlowTest {

    @Test
    void theFullPolicePathPublishesEveryEventInOrderWithConsecutiveSequenceNumbers() {
        String caseId = PoliceApi.register();
        PoliceApi.recordVictim(caseId).then().statusCode(200)
                .body("pseudonym", matchesPattern("V-[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}"))
                .body("ageAtOffence", equalTo(13))
                .body("ageBand", equalTo("AGED_12_TO_15"))
                .body("ageBasis", equalTo("BIRTH_DATE"));
        String ref = PoliceApi.addSuspect(caseId);
        // Friday 10 April 2026, 12:00 EAT: the 24 hours end on a Saturday, so Art. 49(1)(f)(ii) gives until the
        // end of Monday 13 April (this test used to expect a flat 24 hours; fixed with the Constitution)
        post("/api/v1/cases/{id}/suspects/{ref}/arrest", Map.of("arrestedAt", "2026-04-10T09:00:00Z"), caseId, ref)
                .then().statusCode(200).body("arraignmentDueBy", equalTo("2026-04-13T14:00:00Z"));
        post("/api/v1/cases/{id}/suspects/{ref}/arraignment",
                Map.of("arraignedAt", "2026-04-14T10:00:00Z", "courtStation", "Kibera Law Courts"), caseId, ref)
                .then().statusCode(200).body("arraignedWithin24Hours", equalTo(false));
        post("/api/v1/cases/{id}/medical-evidence",
                Map.of("form", "PRC", "examinedOn", "2026-04-10", "facility", "Nairobi Women's Hospital GVRC"), caseId)
                .then().statusCode(201);
        post("/api/v1/cases/{id}/medical-evidence",
                Map.of("form", "P3", "examinedOn", "2026-04-11", "facility", "Kilimani Police Surgeon"), caseId)
                .then().statusCode(201);
        post("/api/v1/cases/{id}/investigation-updates", Map.of("step", "WITNESS_INTERVIEWED",
                "note", "Neighbour statement recorded"), caseId).then().statusCode(201);
        post("/api/v1/cases/{id}/referral", Map.of("odppOfficeCode", "ODPP-NRB"), caseId)
                .then().statusCode(200).body("status", equalTo("REFERRED_TO_ODPP")).body("referrals", equalTo(1));

        List<String> expected = List.of("ke.nps.case.reported.v1", "ke.nps.victim.recorded.v1",
                "ke.nps.suspect.recorded.v1", "ke.nps.suspect.arrested.v1", "ke.nps.suspect.arraigned.v1",
                "ke.nps.medical-evidence.recorded.v1", "ke.nps.medical-evidence.recorded.v1",
                "ke.nps.investigation.updated.v1", "ke.nps.case.referred.v1");
        try (TopicReader reader = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> records = reader.recordsFor(caseId, expected.size(), Duration.ofSeconds(30));
            assertThat(records).extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE)).containsExactlyElementsOf(expected);
            List<CaseEvent> events = records.stream().map(r -> EventCodec.fromJson(r.value())).toList();
            assertThat(events).extracting(CaseEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
            assertThat(events).allSatisfy(e -> {
                assertThat(e.caseId()).isEqualTo(caseId);
                assertThat(e.actingUnit().unitCode()).isEqualTo("NRB-KILIMANI");
            });
            assertThat(records).allSatisfy(r -> {
                assertThat(TopicReader.header(r, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
                assertThat(TopicReader.header(r, CloudEventHeaders.SUBJECT)).isEqualTo(caseId);
                assertThat(TopicReader.header(r, CloudEventHeaders.ID)).isEqualTo(EventCodec.fromJson(r.value()).eventId().toString());
            });
            assertThat(events.get(1).payloadAs(VictimRecorded.class).ageAtOffence()).isEqualTo(13);
            assertThat(events.get(4).payloadAs(SuspectArraigned.class).withinTwentyFourHours()).isFalse();
            assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(1);
        }

        given().get("/api/v1/cases/{id}/timeline", caseId).then().statusCode(200)
                .body("eventType", hasItems("ke.nps.case.reported.v1", "ke.nps.case.referred.v1"));
        given().get("/api/v1/cases/{id}/victim", caseId).then().statusCode(200)
                .body("fullName", equalTo(PoliceApi.VICTIM_NAME)).body("guardianPhone", equalTo(PoliceApi.GUARDIAN_PHONE));
    }

    @Test
    void aFridayEveningArrestArraignedOnMondayMorningIsInTimeAndABondReleaseStopsTheClock() {
        String caseId = PoliceApi.register();
        String first = PoliceApi.addSuspect(caseId);
        String second = PoliceApi.addSuspect(caseId);
        // Friday 27 November 2026 19:30 EAT; Monday 30 November 09:30 EAT
        post("/api/v1/cases/{id}/suspects/{ref}/arrest", Map.of("arrestedAt", "2026-11-27T16:30:00Z"), caseId, first)
                .then().statusCode(200).body("arraignmentDueBy", equalTo("2026-11-30T14:00:00Z"));
        post("/api/v1/cases/{id}/suspects/{ref}/arraignment",
                Map.of("arraignedAt", "2026-11-30T06:30:00Z", "courtStation", "Kibera Law Courts"), caseId, first)
                .then().statusCode(200).body("arraignedWithin24Hours", equalTo(true));
        post("/api/v1/cases/{id}/suspects/{ref}/release", Map.of("releasedAt", "2026-11-30T07:00:00Z", "terms", "CASH_BAIL"),
                caseId, first).then().statusCode(409).body("type", equalTo("urn:haki:problem:not-in-police-custody"));

        post("/api/v1/cases/{id}/suspects/{ref}/arrest", Map.of("arrestedAt", "2026-11-27T16:30:00Z"), caseId, second)
                .then().statusCode(200);
        post("/api/v1/cases/{id}/suspects/{ref}/release", Map.of("releasedAt", "2026-11-27T20:00:00Z", "terms", "POLICE_BOND"),
                caseId, second).then().statusCode(200)
                .body("releasedAt", equalTo("2026-11-27T20:00:00Z")).body("releaseTerms", equalTo("POLICE_BOND"));
        post("/api/v1/cases/{id}/suspects/{ref}/release", Map.of("releasedAt", "2026-11-27T10:00:00Z", "terms", "POLICE_BOND"),
                caseId, second).then().statusCode(409);
        post("/api/v1/cases/{id}/suspects/{ref}/release", Map.of("terms", "POLICE_BOND"), caseId, second)
                .then().statusCode(400);

        List<String> types = given().get("/api/v1/cases/{id}/timeline", caseId).then().extract().path("eventType");
        assertThat(types).contains("ke.nps.suspect.released.v1");
    }

    @Test
    void aStaleVersionIsRefusedWith409AndAMatchingOneIsAccepted() {
        String caseId = PoliceApi.register();
        String etag = given().get("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotNull();
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("step", "SCENE_VISITED")).post("/api/v1/cases/{id}/investigation-updates", caseId)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("step", "EXHIBIT_COLLECTED")).post("/api/v1/cases/{id}/investigation-updates", caseId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:haki:problem:stale-update"));
    }

    @Test
    void searchFiltersAndPaginates() {
        String caseId = PoliceApi.referredCase();
        given().queryParam("status", "REFERRED_TO_ODPP").queryParam("size", 500).get("/api/v1/cases")
                .then().statusCode(200)
                .body("size", equalTo(100))
                .body("items.caseId", hasItems(caseId))
                .body("totalItems", notNullValue());
        given().queryParam("status", "CLOSED_BY_POLICE").get("/api/v1/cases").then().statusCode(200)
                .body("items.caseId", org.hamcrest.Matchers.not(hasItems(caseId)));
        given().queryParam("status", "NOT_A_STATUS").get("/api/v1/cases").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void aCaseOfAnotherStationIsNotVisible() {
        given().get("/api/v1/cases/{id}", "00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        Map<String, Object> other = new java.util.HashMap<>(PoliceApi.newCase());
        other.put("stationCode", "KSI-CENTRAL");
        other.put("countyCode", "045");
        post("/api/v1/cases", other).then().statusCode(403).body("type", equalTo("urn:haki:problem:outside-your-scope"));
    }
}
