package ke.haki.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Renders an overlay with {@code kubectl kustomize} and parses every document of the output. */
final class Kustomize {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final YAMLMapper YAML = new YAMLMapper();

    private static final ConcurrentHashMap<String, String> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {}

    /** The overlay's manifests, freshly parsed (callers may change them). */
    static Manifests render(String overlay) {
        return parse(RENDERED.computeIfAbsent(overlay, Kustomize::run));
    }

    static Manifests parse(String yaml) {
        List<ObjectNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                if (!doc.isObject()) {
                    throw new IllegalStateException("a rendered document is not a mapping: " + doc);
                }
                docs.add((ObjectNode) doc);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("rendered output does not parse as YAML: " + e.getMessage(), e);
        }
        return new Manifests(docs);
    }

    static Path kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        if (Files.isExecutable(Path.of("/usr/bin/kubectl"))) {
            return Path.of("/usr/bin/kubectl");
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, "kubectl");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("""
                kubectl not found (looked at $KUBECTL, /usr/bin/kubectl and $PATH). The deployment checks \
                render deploy/kubernetes/overlays/* with `kubectl kustomize` and cannot run without it. \
                Install kubectl 1.27 or later (it embeds Kustomize v5): on Debian/Ubuntu `apt-get install kubectl` \
                (where the distribution or the pkgs.k8s.io repository provides it), or \
                curl -LO https://dl.k8s.io/release/v1.32.4/bin/linux/amd64/kubectl && \
                install -m 0755 kubectl /usr/local/bin/kubectl; or set KUBECTL=/path/to/kubectl.""");
    }

    private static String run(String overlay) {
        Path dir = Repo.resolve("deploy/kubernetes/overlays/" + overlay);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no overlay " + dir);
        }
        try {
            Path err = Files.createTempFile("kustomize-" + overlay, ".err");
            Process p = new ProcessBuilder(kubectl().toString(), "kustomize", dir.toString())
                    .redirectError(err.toFile())
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + dir + " did not finish in 120 s");
            }
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed (exit " + p.exitValue() + "): " + stderr);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kubectl kustomize " + dir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
