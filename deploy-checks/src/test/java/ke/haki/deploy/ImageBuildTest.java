package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Images cannot be built on these machines (no Docker engine), so each Dockerfile is checked for
 * what the Deployments rely on: the Quarkus fast-jar layout, the non-root user 185, port 8080.
 */
class ImageBuildTest {

    @Test
    void eachServiceHasAJvmDockerfileMatchingItsDeployment() throws IOException {
        for (Services.Service s : Services.ALL) {
            Path dockerfile = Repo.resolve(s.dir() + "/src/main/docker/Dockerfile.jvm");
            assertThat(dockerfile).as(s.name()).isRegularFile();
            String text = Files.readString(dockerfile);
            assertThat(text.lines().filter(l -> l.startsWith("FROM ")).toList()).as(s.name() + " base image")
                    .singleElement().asString().startsWith("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:");
            assertThat(text).as(s.name())
                    .contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/")
                    .contains("COPY --chown=185 target/quarkus-app/*.jar /deployments/")
                    .contains("COPY --chown=185 target/quarkus-app/app/ /deployments/app/")
                    .contains("COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/")
                    .contains("\nUSER 185\n")
                    .contains("\nEXPOSE 8080\n")
                    .contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
            assertThat(text.lastIndexOf("USER 185")).as(s.name() + ": USER 185 comes after the copies")
                    .isGreaterThan(text.lastIndexOf("COPY "));
            assertThat(Repo.resolve(s.dir() + "/.dockerignore")).isRegularFile();
            assertThat(Files.readString(Repo.resolve(s.dir() + "/.dockerignore"))).contains("!target/quarkus-app/*");
        }
    }
}
