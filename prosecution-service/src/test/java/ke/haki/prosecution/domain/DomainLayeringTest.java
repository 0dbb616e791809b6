package ke.haki.prosecution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The domain is plain Java: it imports nothing of HTTP, persistence, messaging or the framework. */
class DomainLayeringTest {

    private static final Path DOMAIN = Path.of("src/main/java/ke/haki/prosecution/domain");
    private static final List<String> FORBIDDEN = List.of("import jakarta.", "import io.quarkus.", "import org.apache.kafka.",
            "import org.hibernate.", "import io.smallrye.", "import ke.haki.kit.", "import ke.haki.prosecution.api.",
            "import ke.haki.prosecution.rest.", "import ke.haki.prosecution.service.", "import ke.haki.prosecution.repository.");

    @Test
    void domainClassesImportNoInfrastructure() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(DOMAIN)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        // 7 since ChargeProposal, SentenceCheck and the rule violation moved to the law module (plain Java, no dependencies)
        assertThat(sources).hasSizeGreaterThanOrEqualTo(7);
        for (Path source : sources) {
            String text = Files.readString(source);
            for (String forbidden : FORBIDDEN) {
                assertThat(text).as(source + " must not " + forbidden).doesNotContain(forbidden);
            }
        }
    }
}
