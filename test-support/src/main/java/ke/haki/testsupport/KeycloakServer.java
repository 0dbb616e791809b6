package ke.haki.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak (the server distribution from Maven Central, unpacked by the build) with the
 * project's realm imported, on free ports, for end-to-end tests. Runs with Java 21+
 * ({@code KEYCLOAK_JAVA_HOME}, else a JDK found under /usr/lib/jvm).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "haki";
    private static final String BUILD_OPTIONS = "--db=dev-file --health-enabled=true --cache=local";

    private final ExternalProcess process;
    private final String url;

    private KeycloakServer(ExternalProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    public static KeycloakServer start(Path home, Path realmFile, Path logDir) {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak distribution at " + home + " (the build unpacks it)");
        }
        Path javaHome = ExternalProcess.javaHome(21, "KEYCLOAK_JAVA_HOME");
        try {
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            Path marker = home.resolve(".haki-build");
            if (!Files.exists(marker) || !BUILD_OPTIONS.equals(Files.readString(marker))) {
                List<String> build = new java.util.ArrayList<>(List.of("bash", "bin/kc.sh", "build"));
                build.addAll(List.of(BUILD_OPTIONS.split(" ")));
                ExternalProcess builder = ExternalProcess.start("kc.sh build", build,
                        Map.of("JAVA_HOME", javaHome.toString()), home, logDir.resolve("keycloak-build.log"));
                builder.awaitSuccess(Duration.ofMinutes(5));
                Files.writeString(marker, BUILD_OPTIONS);
            }
            Path data = home.resolve("data");
            deleteRecursively(data.resolve("h2"));
            Files.createDirectories(data.resolve("import"));
            Files.copy(realmFile, data.resolve("import/haki-realm.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            int port = PostgresServer.freePort();
            int management = PostgresServer.freePort();
            String url = "http://localhost:" + port;
            ExternalProcess kc = ExternalProcess.start("keycloak", List.of("bash", "bin/kc.sh", "start", "--optimized",
                    "--import-realm", "--http-enabled=true", "--http-port=" + port, "--http-host=127.0.0.1",
                    "--hostname=" + url, "--http-management-port=" + management),
                    Map.of("JAVA_HOME", javaHome.toString(), "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1",
                            "KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"),
                    home, logDir.resolve("keycloak.log"));
            kc.awaitReady(url + "/realms/" + REALM + "/.well-known/openid-configuration", Duration.ofMinutes(4));
            return new KeycloakServer(kc, url);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare Keycloak", e);
        }
    }

    /** The issuer URL of the realm, as services must be configured with it. */
    public String realmUrl() {
        return url + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    @Override
    public void close() {
        process.close();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(x -> x.toFile().delete());
        }
    }
}
