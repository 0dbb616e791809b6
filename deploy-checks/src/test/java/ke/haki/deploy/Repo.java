package ke.haki.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: the directory holding deploy/kubernetes and the root pom. */
final class Repo {

    private Repo() {}

    static Path root() {
        String configured = System.getProperty("haki.repo.root");
        if (configured != null && !configured.isBlank() && isRoot(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (isRoot(p)) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (deploy/kubernetes) from " + Path.of("").toAbsolutePath());
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }

    private static boolean isRoot(Path p) {
        return Files.isDirectory(p.resolve("deploy/kubernetes")) && Files.isRegularFile(p.resolve("pom.xml"));
    }
}
