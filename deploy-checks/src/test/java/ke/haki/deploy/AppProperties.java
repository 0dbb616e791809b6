package ke.haki.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service's application.properties asks of its environment in the prod profile. */
final class AppProperties {

    /** ${VAR} or ${VAR:default}; environment variables are upper case (property expressions are not). */
    private static final Pattern ENV_EXPRESSION = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(?=[:}])");

    private final Properties properties;

    private AppProperties(Properties properties) {
        this.properties = properties;
    }

    static AppProperties of(String service) {
        return load(Repo.resolve(service + "/src/main/resources/application.properties"));
    }

    static AppProperties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new AppProperties(p);
    }

    static AppProperties parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new AppProperties(p);
    }

    /** Environment variables referenced by %prod.* properties and by properties of no profile. */
    Set<String> prodEnvironmentVariables() {
        Set<String> vars = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%prod.") || !key.startsWith("%")) {
                Matcher m = ENV_EXPRESSION.matcher(properties.getProperty(key));
                while (m.find()) {
                    vars.add(m.group(1));
                }
            }
        }
        return vars;
    }

    /** The value in the prod profile: the %prod key, else the key of no profile; null when neither is set. */
    String prod(String key) {
        String value = properties.getProperty("%prod." + key);
        return value != null ? value.trim() : properties.getProperty(key) == null ? null : properties.getProperty(key).trim();
    }

    /** Values of keys matching a regular expression, e.g. the topics of incoming channels. */
    Set<String> values(String keyRegex) {
        Set<String> values = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.matches(keyRegex)) {
                values.add(properties.getProperty(key).trim());
            }
        }
        return values;
    }
}
