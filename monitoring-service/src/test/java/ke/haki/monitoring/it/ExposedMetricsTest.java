package ke.haki.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import ke.haki.contract.Topics;
import ke.haki.testsupport.HakiInfrastructure;
import ke.haki.testsupport.ProjectFiles;

/**
 * Every metric the shipped alert rules and dashboard rely on, listed as coming from the services
 * (deploy/kubernetes/base/monitoring/exposed-metrics.txt), is really at /q/metrics; consumer lag is
 * there per topic and partition (Micrometer's Kafka binder of Quarkus, from the Kafka client).
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ExposedMetricsTest {

    static final String LIST = "deploy/kubernetes/base/monitoring/exposed-metrics.txt";
    static final Set<String> OUR_SOURCES = Set.of("service-kit", "monitoring-service");

    @Test
    void everyListedServiceMetricIsExposedAndLagIsPerPartition() throws IOException {
        List<String> listed = Files.readAllLines(ProjectFiles.resolve(LIST)).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")).filter(p -> OUR_SOURCES.contains(p[1])).map(p -> p[0]).toList();
        assertThat(listed).contains("haki_events_dead_lettered_total", "haki_monitoring_alerts_open",
                "kafka_consumer_fetch_manager_records_lag");
        // Kafka's client names the topic with '_' for '.' in its metric tags
        List<String> lagOf = List.of(Topics.NPS_CASE_EVENTS, Topics.ODPP_CASE_EVENTS).stream()
                .map(t -> "topic=\"" + t.replace('.', '_') + "\"").toList();
        // the binder adds the metrics a client creates later (per partition, after assignment) once a minute
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<String> missing = missing(Scrape.now(), listed, lagOf);
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            sleep(1000);
            missing = missing(Scrape.now(), listed, lagOf);
        }
        assertThat(missing).as("listed in %s but not at /q/metrics", LIST).isEmpty();
    }

    private static List<String> missing(Scrape scrape, List<String> listed, List<String> lagOf) {
        List<String> metrics = listed.stream().filter(name -> !scrape.exposes(name)).toList();
        List<String> lag = lagOf.stream()
                .filter(t -> !scrape.has("kafka_consumer_fetch_manager_records_lag", t, "partition=\"0\""))
                .map(t -> "kafka_consumer_fetch_manager_records_lag{" + t + ", partition=\"0\"}").toList();
        return java.util.stream.Stream.concat(metrics.stream(), lag.stream()).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
