package ke.haki.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
    /** Each service's environment, so that a second instance can join the same databases and topics. */
    private final Map<String, Map<String, String>> environments = new java.util.concurrent.ConcurrentHashMap<>();

    private Stack() {
        Path logs = Path.of("target/e2e-logs");
        long start = System.nanoTime();
        int monitoringPort = freePort();
        Path realm = realmFor(monitoringPort, logs);
        CompletableFuture<KeycloakServer> kc = CompletableFuture.supplyAsync(() -> KeycloakServer.start(
                Path.of(System.getProperty("haki.keycloak.home")), realm, logs));
        postgres = PostgresServer.start();
        kafka = KafkaBroker.start();
        keycloak = kc.join();
        Map<String, String> common = new HashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        common.put("OIDC_CLIENT_ID", "haki-api");
        common.put("HAKI_TRACING_LOG_SPANS", "true"); // spans in the service logs, read by TracingE2ETest
        // the dashboard on plain http://localhost: no Secure cookie, no forced https redirect
        common.put("DASHBOARD_HTTPS", "false");
        CompletableFuture<ServiceProcess> p = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                "police-intake-service", remember("police-intake-service", database("police_intake", common, Map.of(
                        "VICTIM_DATA_KEY", randomKey(), "PSEUDONYM_KEY", randomKey()))), logs));
        CompletableFuture<ServiceProcess> r = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                "prosecution-service", remember("prosecution-service", database("prosecution", common, Map.of())), logs));
        CompletableFuture<ServiceProcess> m = CompletableFuture.supplyAsync(() -> ServiceProcess.start(
                "monitoring-service", monitoringPort,
                remember("monitoring-service", database("monitoring", common, monitoringEnvironment())), logs));
        police = p.join();
        prosecution = r.join();
        monitoring = m.join();
        System.out.printf("E2E stack ready in %d s: police %s, prosecution %s, monitoring %s, keycloak %s%n",
                (System.nanoTime() - start) / 1_000_000_000L, police.url(), prosecution.url(), monitoring.url(),
                keycloak.realmUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /**
     * Starts one more instance of a service with exactly the environment of the first (same
     * database, same consumer groups, same keys) on a free port; the caller closes or kills it.
     */
    ServiceProcess startReplica(String module, Path logs) {
        Map<String, String> env = environments.get(module);
        if (env == null) {
            throw new IllegalArgumentException("no service " + module + " in the stack");
        }
        return ServiceProcess.start(module, env, logs);
    }

    static synchronized Stack get() {
        if (instance == null) {
            instance = new Stack();
        }
        return instance;
    }

    /**
     * A copy of the project's realm in which the browser client ngec-dashboard accepts the monitoring
     * service's actual (free) port instead of 8083 as redirect URI, post-logout URI and web origin.
     */
    private static Path realmFor(int monitoringPort, Path dir) {
        try {
            String json = Files.readString(ProjectFiles.resolve("deploy/keycloak/haki-realm.json"));
            String rewritten = json.replace("http://localhost:8083", "http://localhost:" + monitoringPort);
            if (rewritten.equals(json)) {
                throw new IllegalStateException("the realm no longer names http://localhost:8083 for ngec-dashboard");
            }
            Files.createDirectories(dir);
            Path copy = dir.resolve("haki-realm-e2e.json");
            Files.writeString(copy, rewritten);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> monitoringEnvironment() {
        Map<String, String> env = new HashMap<>(MonitoringClock.environment());
        env.put("OIDC_DASHBOARD_SECRET", "ngec-dashboard-secret");
        env.put("DIRECTORY_CLIENT_SECRET", "ngec-directory-secret");
        return env;
    }

    private Map<String, String> database(String name, Map<String, String> common, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(common);
        env.put("DB_JDBC_URL", postgres.createDatabaseWithApplicationRole(name));
        env.put("DB_USERNAME", PostgresServer.applicationUser(name));
        env.put("DB_PASSWORD", PostgresServer.PASSWORD);
        env.put("DB_OWNER_USERNAME", name);
        env.put("DB_OWNER_PASSWORD", PostgresServer.PASSWORD);
        env.putAll(extra);
        return env;
    }

    private Map<String, String> remember(String module, Map<String, String> env) {
        environments.put(module, Map.copyOf(env));
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
