package ke.haki.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL server for one test JVM, started with the project's own script
 * {@code deploy/local/pg-server} (the same one the local stack uses), on a free port with its data
 * and socket under a short folder in /tmp. Works as root (the script runs the server as the
 * {@code postgres} user) and as a normal user.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String PASSWORD = "haki-test";

    private final Path script;
    private final Path baseDir;
    private final int port;

    private PostgresServer(Path script, Path baseDir, int port) {
        this.script = script;
        this.baseDir = baseDir;
        this.port = port;
    }

    public static PostgresServer start() {
        Path script = ProjectFiles.resolve("deploy/local/pg-server");
        try {
            Path base = Files.createTempDirectory(Path.of("/tmp"), "hakipg");
            // the server may run as the postgres OS user (when tests run as root): let it in
            Files.setPosixFilePermissions(base, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            int port = freePort();
            PostgresServer server = new PostgresServer(script, base, port);
            server.run("start", server.dataDir().toString(), Integer.toString(port), server.socketDir().toString());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL", e);
        }
    }

    /** Creates a database and its owner (idempotent); returns its JDBC URL. */
    public String createDatabase(String name) {
        run("createdb", dataDir().toString(), Integer.toString(port), socketDir().toString(), name, name, PASSWORD);
        return jdbcUrl(name);
    }

    /**
     * Creates a database owned by {@code name} (who runs the migrations) and the login role
     * {@link #applicationUser(String)} the service connects as (idempotent); returns its JDBC URL.
     */
    public String createDatabaseWithApplicationRole(String name) {
        run("createdb", dataDir().toString(), Integer.toString(port), socketDir().toString(), name, name, PASSWORD,
                applicationUser(name), PASSWORD);
        return jdbcUrl(name);
    }

    /** The role a service connects as: not the owner, so it cannot alter the audit trail. */
    public static String applicationUser(String database) {
        return database + "_app";
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (!Files.exists(dataDir())) {
            return;
        }
        try {
            run("stop", dataDir().toString());
        } finally {
            deleteRecursively(baseDir);
        }
    }

    private Path dataDir() {
        return baseDir.resolve("data");
    }

    private Path socketDir() {
        return baseDir.resolve("s");
    }

    private void run(String... args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PG_FAST", "1");
        try {
            Process process = pb.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pg-server " + args[0] + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("pg-server " + String.join(" ", args) + " failed ("
                        + process.exitValue() + "):\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the folder is under /tmp
        }
    }
}
