package ke.haki.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A server started as its own OS process for end-to-end tests (Keycloak, a packaged service),
 * with its output in a log file, waited for until a URL answers 200, and stopped with its
 * whole process tree.
 */
public final class ExternalProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ExternalProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ExternalProcess start(String name, List<String> command, Map<String, String> env, Path workDir,
            Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            ExternalProcess p = new ExternalProcess(name, pb.start(), log);
            Runtime.getRuntime().addShutdownHook(new Thread(p::close));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    /** Waits until {@code url} answers 200, failing with the log's tail if the process dies or time runs out. */
    public ExternalProcess awaitReady(String url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " not ready at " + url + " after " + timeout + ":\n" + tail());
    }

    /** Waits for a process that ends by itself (a build step); fails with the log's tail unless it exits 0. */
    public void awaitSuccess(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException(name + " did not finish in " + timeout + ":\n" + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed (" + process.exitValue() + "):\n" + tail());
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    public Path log() {
        return log;
    }

    /** Kills the process tree at once (SIGKILL), as a crashed host or an evicted pod would end; waits until it is gone. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A JDK of at least this feature version: JAVA_HOME-like env var first, then /usr/lib/jvm. */
    public static Path javaHome(int minimumVersion, String envVar) {
        String configured = System.getenv(envVar);
        if (configured != null && Files.isExecutable(Path.of(configured, "bin", "java"))) {
            return Path.of(configured);
        }
        if (Runtime.version().feature() >= minimumVersion) {
            return Path.of(System.getProperty("java.home"));
        }
        File[] jvms = new File("/usr/lib/jvm").listFiles();
        if (jvms != null) {
            for (File jvm : jvms) {
                String n = jvm.getName();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:temurin-|java-|jdk-?|openjdk-)(\\d+)").matcher(n);
                if (m.find() && Integer.parseInt(m.group(1)) >= minimumVersion
                        && Files.isExecutable(jvm.toPath().resolve("bin/java"))) {
                    return jvm.toPath();
                }
            }
        }
        throw new IllegalStateException("Keycloak needs Java " + minimumVersion + " or newer: install one "
                + "(e.g. `sudo apt-get install openjdk-21-jdk` or Temurin 21+) or set " + envVar);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
