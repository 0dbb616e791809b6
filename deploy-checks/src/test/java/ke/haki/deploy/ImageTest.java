package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The services' images (quarkus-container-image-jib, docs/operations/kubernetes.md#images): one
 * reference and tag for the build (the root pom) and the overlays (the component
 * deploy/kubernetes/images), and each image as the package phase wrote it to
 * {@code <service>/target/jib-image.tar}, opened and held to what its Deployment expects.
 */
class ImageTest {

    private static final String IMAGES_COMPONENT = "deploy/kubernetes/images/kustomization.yaml";
    private static final String RUN_JAVA = "/opt/jboss/container/java/run/run-java.sh";

    static List<Services.Service> services() {
        return Services.ALL;
    }

    /** registry/group/name:tag, from the root pom's quarkus.container-image properties. */
    static String reference(Services.Service s) {
        Map<String, String> p = ParentPom.read().properties();
        return p.get("quarkus.container-image.registry") + "/" + p.get("quarkus.container-image.group") + "/" + s.name()
                + ":" + p.get("quarkus.container-image.tag");
    }

    @Test
    void theOverlaysDeployTheReferenceAndTagTheBuildGivesItsImages() throws IOException {
        JsonNode component = Kustomize.YAML.readTree(Files.readString(Repo.resolve(IMAGES_COMPONENT)));
        assertThat(component.path("kind").asText()).isEqualTo("Component");
        assertThat(component.path("images")).hasSize(Services.ALL.size());
        for (Services.Service s : Services.ALL) {
            JsonNode image = null;
            for (JsonNode i : component.path("images")) {
                image = s.name().equals(i.path("name").asText()) ? i : image;
            }
            assertThat(image).as(IMAGES_COMPONENT + ": an entry for " + s.name()).isNotNull();
            assertThat(image.path("newName").asText() + ":" + image.path("newTag").asText()).as(s.name())
                    .isEqualTo(reference(s));
            assertThat(Manifests.container(Kustomize.render("prod").get("Deployment", s.name())).path("image").asText())
                    .as(s.name() + " in prod").isEqualTo(reference(s));
        }
    }

    @Test
    void localBuildsUseTheBaseImageTarballAndReleasesTheRegistryBase() throws IOException, InterruptedException {
        ParentPom pom = ParentPom.read();
        Map<String, String> p = pom.properties();
        assertThat(p.get("quarkus.jib.base-jvm-image")).isEqualTo("tar://${haki.image.base-tarball}");
        assertThat(pom.profileActivationFile("images")).as("the images profile is on where the base tarball is")
                .isEqualTo(p.get("haki.image.base-tarball"));
        assertThat(pom.profileProperties("images")).containsEntry("quarkus.container-image.build", "true");
        String made = run(Repo.resolve("deploy/images/base-image").toString(), "--path");
        assertThat(made).as("where deploy/images/base-image writes the base")
                .isEqualTo(p.get("haki.image.base-tarball").replace("${user.home}", System.getProperty("user.home")));
        assertThat(pom.profileProperties("release-images"))
                .containsEntry("quarkus.container-image.push", "true")
                .hasEntrySatisfying("quarkus.jib.base-jvm-image",
                        base -> assertThat(base).startsWith("registry.access.redhat.com/ubi9/openjdk-17-runtime:"));
        assertThat(p).containsEntry("quarkus.jib.jvm-entrypoint", RUN_JAVA)
                .containsEntry("quarkus.jib.docker-executable-name",
                        "${maven.multiModuleProjectDirectory}/deploy/images/docker-load-to-file");
    }

    @ParameterizedTest(name = "{0}: the built image runs as its Deployment expects")
    @MethodSource("services")
    void theBuiltImageRunsAsItsDeploymentExpects(Services.Service s) throws IOException {
        Path archive = Repo.resolve(s.dir() + "/target/jib-image.tar");
        assertThat(archive).as("the image of " + s.name() + ": make the base image (deploy/images/base-image, "
                + "which deploy/local/prerequisites tests runs) and package " + s.name()).isRegularFile();
        Path packaged = Repo.resolve(s.dir() + "/target/quarkus-app/quarkus/quarkus-application.dat");
        assertThat(Files.getLastModifiedTime(archive)).as(archive + " is built from the current package of " + s.name())
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(packaged));
        ImageArchive image = ImageArchive.read(archive);
        JsonNode config = image.config().path("config");
        ObjectNode deployment = Kustomize.render("prod").get("Deployment", s.name());
        ObjectNode container = Manifests.container(deployment);
        int port = container.path("ports").path(0).path("containerPort").asInt();

        assertThat(image.repoTags()).containsExactly(reference(s));
        assertThat(config.path("User").asText()).as("numeric, non-root, the Deployment's runAsUser")
                .isEqualTo(Manifests.podSpec(deployment).path("securityContext").path("runAsUser").asText())
                .isNotIn("0", "root");
        assertThat(config.path("ExposedPorts").propertyStream().map(Map.Entry::getKey)).containsExactly(port + "/tcp");
        assertThat(config.path("Entrypoint")).hasSize(1);
        assertThat(config.path("Entrypoint").path(0).asText()).isEqualTo(RUN_JAVA);
        assertThat(config.path("Cmd").isMissingNode() || config.path("Cmd").isNull() || config.path("Cmd").isEmpty()).isTrue();
        Map<String, String> env = image.environment();
        assertThat(env).containsEntry("QUARKUS_HTTP_PORT", String.valueOf(port))
                .containsEntry("JAVA_APP_JAR", "/home/jboss/quarkus-run.jar")
                .doesNotContainKeys("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "GC_CONTAINER_OPTIONS");
        assertThat(env.get("JAVA_OPTS_APPEND")).contains("-Dquarkus.http.host=0.0.0.0");
        assertThat(image.files()).as("the launcher, executable")
                .hasEntrySatisfying(RUN_JAVA.substring(1), mode -> assertThat(mode & 0111).isEqualTo(0111));
        assertThat(image.files()).as("the fast-jar layout and a Java runtime")
                .containsKeys("home/jboss/quarkus-run.jar", "home/jboss/quarkus/quarkus-application.dat", "usr/bin/java");
        assertThat(image.files().keySet()).as("the service's own jar")
                .anyMatch(f -> f.startsWith("home/jboss/app/" + s.name() + "-") && f.endsWith(".jar"));
        assertThat(config.path("Labels").path("org.opencontainers.image.title").asText()).isEqualTo(s.name());
        assertThat(config.path("Labels").path("org.opencontainers.image.version").asText())
                .isEqualTo(ParentPom.read().properties().get("quarkus.container-image.tag"));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
