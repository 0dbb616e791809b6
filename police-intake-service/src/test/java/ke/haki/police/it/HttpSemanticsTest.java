package ke.haki.police.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ke.haki.contract.CloudEventHeaders;
import ke.haki.contract.Topics;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.TopicReader;

/**
 * Standard HTTP semantics (docs/adr/0006-http-preconditions.md): strict preconditions on request,
 * RFC 8288 pagination links, and the W3C trace of a call carried onto the case's Kafka record.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer.nairobi", roles = "police-officer")
@OidcSecurity(claims = { @Claim(key = "station_code", value = "NRB-KILIMANI"), @Claim(key = "county_code", value = "047"),
        @Claim(key = "agency", value = "NPS") })
class HttpSemanticsTest {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"(\\w+)\"");

    @Test
    void withPreferHandlingStrictAMissingIfMatchIs428AndAStaleOne412() {
        String caseId = PoliceApi.register();
        String etag = given().get("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().header("ETag");

        update(caseId, null, "SCENE_VISITED").then().statusCode(428).contentType("application/problem+json")
                .header("Preference-Applied", "handling=strict")
                .body("type", equalTo("urn:haki:problem:precondition-required")).body("status", equalTo(428));
        update(caseId, etag, "SCENE_VISITED").then().statusCode(201).header("Preference-Applied", "handling=strict");
        update(caseId, etag, "EXHIBIT_COLLECTED").then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:haki:problem:stale-update")).body("status", equalTo(412))
                .body("title", equalTo("Precondition Failed"));
        // v1 without the preference is unchanged: If-Match optional, a stale one 409
        given().contentType(ContentType.JSON).body(Map.of("step", "EXHIBIT_COLLECTED"))
                .post("/api/v1/cases/{id}/investigation-updates", caseId).then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("step", "EXHIBIT_COLLECTED"))
                .post("/api/v1/cases/{id}/investigation-updates", caseId).then().statusCode(409);
        // a creating request reads no If-Match: strict handling does not require one
        given().contentType(ContentType.JSON).header("Prefer", "handling=strict").body(PoliceApi.newCase())
                .post("/api/v1/cases").then().statusCode(201);
    }

    @Test
    void everyPageOfTheCaseListLinksToFirstPreviousNextAndLast() {
        for (int i = 0; i < 3; i++) {
            PoliceApi.register();
        }
        Response second = given().queryParam("size", 1).queryParam("page", 1).queryParam("status", "REPORTED")
                .get("/api/v1/cases");
        second.then().statusCode(200);
        int totalPages = second.path("totalPages");
        assertThat(totalPages).isGreaterThanOrEqualTo(3);
        Map<String, String> links = links(second);
        assertThat(links).containsOnlyKeys("first", "prev", "next", "last");
        assertThat(links.values()).allSatisfy(l -> assertThat(l).startsWith("/api/v1/cases?").contains("status=REPORTED")
                .contains("size=1"));
        assertThat(pageAt(links.get("first"))).isZero();
        assertThat(pageAt(links.get("prev"))).isZero();
        assertThat(pageAt(links.get("next"))).isEqualTo(2);
        assertThat(pageAt(links.get("last"))).isEqualTo(totalPages - 1);

        Response last = given().get(links.get("last"));
        assertThat(links(last)).containsOnlyKeys("first", "prev", "last");
        Response first = given().get(links.get("first"));
        assertThat(links(first)).containsOnlyKeys("first", "next", "last");
    }

    @Test
    void theCallersTraceTravelsWithTheEventItCaused() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String caseId = given().contentType(ContentType.JSON).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(PoliceApi.newCase()).post("/api/v1/cases").then().statusCode(201).extract().path("caseId");
        try (TopicReader reader = new TopicReader(PoliceApi.bootstrapServers(), Topics.NPS_CASE_EVENTS)) {
            List<ConsumerRecord<String, String>> records = reader.recordsFor(caseId, 1, Duration.ofSeconds(30));
            assertThat(records).hasSize(1);
            String traceParent = TopicReader.header(records.get(0), "traceparent");
            assertThat(traceParent).matches("00-" + traceId + "-[0-9a-f]{16}-01")
                    .as("the relay's own span, not the caller's").doesNotContain("00f067aa0ba902b7");
            assertThat(TopicReader.header(records.get(0), CloudEventHeaders.SEQUENCE)).isEqualTo(CloudEventHeaders.sequence(1));
            assertThat(TopicReader.header(records.get(0), CloudEventHeaders.DATA_SCHEMA))
                    .endsWith("/asyncapi/schemas/ke.nps.case.reported.v1.schema.json").startsWith("http://");
        }
    }

    private static Response update(String caseId, String ifMatch, String step) {
        var request = given().contentType(ContentType.JSON).header("Prefer", "handling=strict");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.body(Map.of("step", step)).post("/api/v1/cases/{id}/investigation-updates", caseId);
    }

    private static Map<String, String> links(Response response) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String header : response.headers().getValues("Link")) {
            Matcher m = LINK.matcher(header);
            while (m.find()) {
                links.put(m.group(2), m.group(1));
            }
        }
        return links;
    }

    private static int pageAt(String link) {
        return given().get(link).then().statusCode(200).extract().path("page");
    }
}
