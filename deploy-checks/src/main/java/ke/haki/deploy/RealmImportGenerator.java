package ke.haki.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Writes the Keycloak Operator's {@code KeycloakRealmImport} from the realm file that the local
 * stack and the tests import ({@code deploy/keycloak/haki-realm.json}): the JSON goes verbatim
 * under {@code spec.realm} (JSON is YAML). The prod overlay removes the demo users and replaces
 * the client secrets by placeholders (deploy/kubernetes/overlays/prod/realm-import-prod.yaml).
 *
 * <p>Run from the repository root after changing the realm file (JDK only, no build needed):
 * {@code java deploy-checks/src/main/java/ke/haki/deploy/RealmImportGenerator.java}.
 * {@code RealmImportTest} fails while the committed file differs from what this writes.
 */
public final class RealmImportGenerator {

    public static final Path REALM_FILE = Path.of("deploy/keycloak/haki-realm.json");
    public static final Path REALM_IMPORT = Path.of("deploy/kubernetes/base/keycloak/realm-import.yaml");

    private RealmImportGenerator() {}

    /** The KeycloakRealmImport document for the given realm JSON. */
    public static String render(String realmJson) {
        String indented = realmJson.strip().lines()
                .map(line -> line.isEmpty() ? line : "    " + line)
                .collect(Collectors.joining("\n"));
        return "# GENERATED from deploy/keycloak/haki-realm.json: do not edit. Regenerate from the repository root with\n"
                + "#   java deploy-checks/src/main/java/ke/haki/deploy/RealmImportGenerator.java\n"
                + "# (deploy-checks' RealmImportTest fails while this file is stale.)\n"
                + "apiVersion: k8s.keycloak.org/v2alpha1\n"
                + "kind: KeycloakRealmImport\n"
                + "metadata:\n"
                + "  name: haki-realm\n"
                + "spec:\n"
                + "  keycloakCRName: haki-keycloak\n"
                + "  realm:\n"
                + indented + "\n";
    }

    /** Renders from the files under {@code repoRoot}. */
    public static String render(Path repoRoot) throws IOException {
        return render(Files.readString(repoRoot.resolve(REALM_FILE), StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(REALM_FILE))) {
            throw new IllegalArgumentException("run from the repository root (or pass it): no " + root.resolve(REALM_FILE));
        }
        Path target = root.resolve(REALM_IMPORT);
        Files.createDirectories(target.getParent());
        Files.writeString(target, render(root), StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }
}
