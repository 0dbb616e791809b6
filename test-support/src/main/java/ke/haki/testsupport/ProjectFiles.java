package ke.haki.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of this repository from a module's working directory. */
public final class ProjectFiles {

    private ProjectFiles() {}

    /** The repository root: the nearest parent folder holding {@code mvnw} and {@code deploy/}. */
    public static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("deploy"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (mvnw and deploy/) above " + dir);
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
