package ke.haki.monitoring.it;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/** Reads the Prometheus text of /q/metrics. */
final class Scrape {

    final String text;

    private Scrape(String text) {
        this.text = text;
    }

    static Scrape now() {
        return new Scrape(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The sum of the samples of {@code name} that carry every given {@code label="value"} pair. */
    double sum(String name, String... labels) {
        return text.lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** A sample of {@code name} is there, with or without labels. */
    boolean exposes(String name) {
        return text.lines().anyMatch(l -> l.startsWith(name + "{") || l.startsWith(name + " "));
    }

    boolean has(String name, String... labels) {
        return text.lines().anyMatch(l -> l.startsWith(name + "{") && Arrays.stream(labels).allMatch(l::contains));
    }
}
