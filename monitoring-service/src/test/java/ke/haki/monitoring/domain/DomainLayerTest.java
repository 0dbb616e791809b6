package ke.haki.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The rules stay plain Java: no persistence, HTTP, Kafka, CDI or Quarkus in the domain package. */
class DomainLayerTest {

    static final List<String> FORBIDDEN = List.of("import jakarta.", "import javax.", "import io.quarkus.",
            "import org.apache.kafka.", "import org.hibernate.", "import ke.haki.kit.", "import ke.haki.monitoring.repository.",
            "import ke.haki.monitoring.service.", "import ke.haki.monitoring.rest.", "import ke.haki.monitoring.messaging.",
            "import ke.haki.monitoring.config.");

    @Test
    void theDomainImportsNoInfrastructure() throws IOException {
        Path domain = Path.of("src/main/java/ke/haki/monitoring/domain");
        List<Path> sources;
        try (Stream<Path> files = Files.list(domain)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path source : sources) {
            List<String> imports = Files.readAllLines(source).stream().filter(l -> l.startsWith("import ")).toList();
            assertThat(imports).as(source.getFileName().toString())
                    .noneMatch(line -> FORBIDDEN.stream().anyMatch(line::startsWith));
        }
    }
}
