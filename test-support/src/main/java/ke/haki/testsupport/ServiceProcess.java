package ke.haki.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the services as it ships: its packaged {@code quarkus-run.jar} in the prod profile. */
public final class ServiceProcess implements AutoCloseable {

    private final ExternalProcess process;
    private final String url;

    private ServiceProcess(ExternalProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts {@code <module>/target/quarkus-app/quarkus-run.jar} on a free port with the given
     * environment (plus QUARKUS_HTTP_PORT) and waits for {@code /q/health/ready}.
     */
    public static ServiceProcess start(String module, Map<String, String> env, Path logDir) {
        try {
            return start(module, PostgresServer.freePort(), env, logDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * As {@link #start(String, Map, Path)} on a port chosen beforehand, e.g. one that must be known
     * to Keycloak as a redirect URI before the service starts.
     */
    public static ServiceProcess start(String module, int port, Map<String, String> env, Path logDir) {
        Path jar = ProjectFiles.resolve(module + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged " + module + " at " + jar + ": run ./mvnw package first");
        }
        Map<String, String> environment = new HashMap<>(env);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ExternalProcess p = ExternalProcess.start(module, List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()), environment, jar.getParent(), logDir.resolve(module + ".log"));
        String url = "http://localhost:" + port;
        p.awaitReady(url + "/q/health/ready", Duration.ofMinutes(2));
        return new ServiceProcess(p, url);
    }

    public String url() {
        return url;
    }

    public Path log() {
        return process.log();
    }

    /** Kills the service at once (SIGKILL): no shutdown hook, no offset commit, no goodbye to the broker. */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
