package ke.haki.e2e;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ke.haki.testsupport.KafkaBroker;
import ke.haki.testsupport.KeycloakServer;
import ke.haki.testsupport.PostgresServer;
import ke.haki.testsupport.ProjectFiles;
import ke.haki.testsupport.ServiceProcess;

/**
 * The whole system, once per test JVM: a private PostgreSQL with the three databases, a real Kafka
 * broker, Keycloak with the project's realm, and the three services started from their packaged
 * jars in the prod profile, configured only through the environment variables ops would set.
 */
final class Stack {

    private static Stack instance;

    final PostgresServer postgres;
    final KafkaBroker kafka;
    final KeycloakServer keycloak;
    final ServiceProcess police;
    final ServiceProcess prosecution;
    final ServiceProcess monitoring;

    private Stack() {
        Path logs = Path.of("target/e2e-logs");
        long start = System.nanoTime();
        CompletableFuture<KeycloakServer> kc = CompletableFuture.supplyAsync(() -> KeycloakServer.start(
                Path.of(System.getProperty("haki.keycloak.home")), ProjectFiles.resolve("deploy/keycloak/haki-realm.json"),
                logs));
        postgres = PostgresServer.start();
        kafka = KafkaBroker.start();
        keycloak = kc.join();
        Map<String, String> common = new HashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        common.put("OIDC_CLIENT_ID", "haki-api");
        CompletableFuture<ServiceProcess> p = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                "police-intake-service", database("police_intake", common, Map.of(
                        "VICTIM_DATA_KEY", randomKey(), "PSEUDONYM_KEY", randomKey())), logs));
        CompletableFuture<ServiceProcess> r = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                "prosecution-service", database("prosecution", common, Map.of()), logs));
        CompletableFuture<ServiceProcess> m = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                "monitoring-service", database("monitoring", common, MonitoringClock.environment()), logs));
        police = p.join();
        prosecution = r.join();
        monitoring = m.join();
        System.out.printf("E2E stack ready in %d s: police %s, prosecution %s, monitoring %s, keycloak %s%n",
                (System.nanoTime() - start) / 1_000_000_000L, police.url(), prosecution.url(), monitoring.url(),
                keycloak.realmUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    static synchronized Stack get() {
        if (instance == null) {
            instance = new Stack();
        }
        return instance;
    }

    private Map<String, String> database(String name, Map<String, String> common, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(common);
        env.put("DB_JDBC_URL", postgres.createDatabase(name));
        env.put("DB_USERNAME", name);
        env.put("DB_PASSWORD", PostgresServer.PASSWORD);
        env.putAll(extra);
        return env;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private synchronized void close() {
        for (AutoCloseable c : List.<AutoCloseable>of(police, prosecution, monitoring, keycloak, kafka, postgres)) {
            try {
                c.close();
            } catch (Exception e) {
                // shutting down
            }
        }
    }
}
