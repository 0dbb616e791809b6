package ke.haki.deploy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A built image as the build writes it: a {@code docker save} archive (manifest.json, the config
 * JSON, one tar or tar.gz per layer), read without a container engine.
 *
 * @param repoTags the references the image is tagged with
 * @param config the image configuration (its "config" holds Entrypoint, User, Env, ExposedPorts, Labels)
 * @param files every path of the image's file system after all layers ("home/jboss/quarkus-run.jar"), with its mode
 */
record ImageArchive(List<String> repoTags, JsonNode config, Map<String, Integer> files) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Jib names each layer by its digest: the three images share the base layer, read once. */
    private static final Map<String, Map<String, Integer>> LAYERS_BY_DIGEST = new ConcurrentHashMap<>();

    /** Reads the archive twice, streaming: first its JSON documents, then each layer's file list. */
    static ImageArchive read(Path archive) throws IOException {
        Map<String, byte[]> json = new HashMap<>();
        Map<String, Map<String, Integer>> layers = new HashMap<>();
        try (TarArchiveInputStream tar = open(archive)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.isFile() && e.getName().endsWith(".json")) {
                    json.put(normalize(e.getName()), tar.readAllBytes());
                }
            }
        }
        try (TarArchiveInputStream tar = open(archive)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                String name = normalize(e.getName());
                if (e.isFile() && !name.endsWith(".json")) {
                    Map<String, Integer> files = LAYERS_BY_DIGEST.get(name);
                    layers.put(name, files != null ? files : layerFiles(tar));
                    if (name.matches("[0-9a-f]{64}\\.tar(\\.gz)?")) {
                        LAYERS_BY_DIGEST.putIfAbsent(name, layers.get(name));
                    }
                }
            }
        }
        JsonNode manifest = JSON.readTree(entry(json, "manifest.json")).path(0);
        List<String> tags = new ArrayList<>();
        manifest.path("RepoTags").forEach(t -> tags.add(t.asText()));
        JsonNode config = JSON.readTree(entry(json, manifest.path("Config").asText()));
        Map<String, Integer> files = new LinkedHashMap<>();
        for (JsonNode layer : manifest.path("Layers")) {
            files.putAll(entry(layers, layer.asText()));
        }
        return new ImageArchive(tags, config, files);
    }

    /** The image's environment, from its config's "NAME=value" list. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode e : config.path("config").path("Env")) {
            String s = e.asText();
            int eq = s.indexOf('=');
            env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
        }
        return env;
    }

    private static TarArchiveInputStream open(Path archive) throws IOException {
        return new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(archive)));
    }

    /** The paths and modes of one layer, read from the archive's current entry (tar or tar.gz). */
    private static Map<String, Integer> layerFiles(InputStream entry) throws IOException {
        InputStream in = new BufferedInputStream(entry);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        Map<String, Integer> files = new LinkedHashMap<>();
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip ? new GzipCompressorInputStream(in) : in);
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
            files.put(normalize(e.getName()), e.getMode());
        }
        return files;
    }

    private static <T> T entry(Map<String, T> entries, String name) {
        T value = entries.get(normalize(name));
        if (value == null) {
            throw new AssertionError("the image archive has no " + name + " (it has " + entries.keySet() + ")");
        }
        return value;
    }

    private static String normalize(String path) {
        String p = path.startsWith("./") ? path.substring(2) : path;
        p = p.startsWith("/") ? p.substring(1) : p;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
