package ke.haki.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The services' JVM settings as they ship (issue 14: at most 300 MB resident each after the
 * benchmark load): every rendered Deployment runs with a bounded heap, metaspace and code cache,
 * the serial collector and two malloc arenas, inside its memory limit; and the local stack starts
 * the services with exactly the same JAVA_OPTS.
 */
class JvmSettingsTest {

    /** Heap, metaspace, code cache and direct buffers together must leave this much of the limit for the rest. */
    private static final long NATIVE_HEADROOM_MB = 64;
    private static final Pattern SIZE = Pattern.compile("-(?:Xmx|XX:MaxMetaspaceSize=|XX:ReservedCodeCacheSize=|XX:MaxDirectMemorySize=)(\\d+)m");

    static List<String> overlays() {
        return Kustomize.OVERLAYS;
    }

    @ParameterizedTest(name = "{0}: each service runs with the bounded JVM settings, inside its memory limit")
    @MethodSource("overlays")
    void deploymentsRunWithBoundedJvms(String overlay) {
        Manifests m = Kustomize.render(overlay);
        for (Services.Service s : Services.ALL) {
            ObjectNode container = Manifests.container(m.get("Deployment", s.name()));
            List<String> problems = new ArrayList<>();
            Map<String, String> env = Checker.providedEnvironment(m, container, problems);
            assertThat(problems).isEmpty();
            String opts = env.getOrDefault("JAVA_OPTS", "");
            assertThat(opts).as(s.name() + " JAVA_OPTS")
                    .contains("-Xmx", "-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=", "-XX:+UseSerialGC");
            assertThat(env).as(s.name()).containsEntry("GC_CONTAINER_OPTIONS", "-XX:+UseSerialGC")
                    .containsEntry("MALLOC_ARENA_MAX", "2");
            long bounded = 0;
            Matcher sizes = SIZE.matcher(opts);
            while (sizes.find()) {
                bounded += Long.parseLong(sizes.group(1));
            }
            long limit = mebibytes(container.path("resources").path("limits").path("memory").asText());
            long request = mebibytes(container.path("resources").path("requests").path("memory").asText());
            assertThat(bounded + NATIVE_HEADROOM_MB).as(s.name() + ": heap + metaspace + code cache + direct buffers + headroom, MiB")
                    .isLessThanOrEqualTo(limit);
            assertThat(request).as(s.name() + ": the request covers the 300 MB the service holds").isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void theLocalStackStartsTheServicesWithTheSameJavaOpts() throws IOException {
        String stack = Files.readString(Repo.resolve("deploy/local/stack"));
        Matcher local = Pattern.compile("(?m)^SERVICE_JAVA_OPTS=\\$\\{SERVICE_JAVA_OPTS:-(.*)}$").matcher(stack);
        assertThat(local.find()).as("SERVICE_JAVA_OPTS default in deploy/local/stack").isTrue();
        assertThat(stack).contains("MALLOC_ARENA_MAX=\"$SERVICE_MALLOC_ARENA_MAX\"").contains("SERVICE_MALLOC_ARENA_MAX=2");
        for (String overlay : Kustomize.OVERLAYS) {
            Manifests m = Kustomize.render(overlay);
            assertThat(m.get("ConfigMap", "haki-service-jvm").path("data").path("JAVA_OPTS").asText())
                    .as(overlay + ": haki-service-jvm JAVA_OPTS").isEqualTo(local.group(1));
        }
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        if (quantity.endsWith("Mi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2));
        }
        throw new AssertionError("memory quantity not in Mi or Gi: " + quantity);
    }
}
