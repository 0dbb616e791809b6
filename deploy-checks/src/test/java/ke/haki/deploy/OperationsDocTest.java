package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The runbook tells the operations team to create every Secret the manifests expect from them. */
class OperationsDocTest {

    @Test
    void everyManualSecretAndKeyIsDocumented() throws IOException {
        String doc = Files.readString(Repo.resolve("docs/operations/kubernetes.md"));
        Checker.MANUAL_SECRETS.forEach((secret, keys) -> {
            assertThat(doc).as("docs/operations/kubernetes.md names Secret " + secret).contains(secret);
            keys.forEach(k -> assertThat(doc).as("docs/operations/kubernetes.md names key " + k + " of " + secret).contains(k));
        });
        for (String overlay : Kustomize.OVERLAYS) {
            assertThat(doc).contains("deploy/kubernetes/overlays/" + overlay);
        }
    }
}
