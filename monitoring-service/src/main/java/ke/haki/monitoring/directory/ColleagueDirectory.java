package ke.haki.monitoring.directory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Roles;

/**
 * The NGEC's monitors as the realm knows them, to assign an alert to a named colleague: read from
 * Keycloak's admin REST API (the NGEC's users, {@code GET /admin/realms/{realm}/users?q=agency:NGEC},
 * then each one's realm roles) with the service account of the confidential client
 * {@code ngec-directory}, which holds only {@code realm-management/view-users}. Kept for a minute. Off (free-text assignee) while no client
 * secret is configured ({@code haki.directory.client-secret}, env {@code DIRECTORY_CLIENT_SECRET}).
 *
 * <p>Who may be chosen for an alert of a county: a county monitor chooses among the monitors of
 * their own county; a national monitor among the monitors of the alert's county and the national
 * monitors. Each of them can read the alert they are given.
 */
@ApplicationScoped
public class ColleagueDirectory {

    private static final Logger LOG = Logger.getLogger(ColleagueDirectory.class);
    private static final Duration KEEP = Duration.ofMinutes(1);

    /** A monitor of the realm: account, display name, county (null for a national monitor). */
    public record Colleague(String username, String name, String countyCode, boolean national) {}

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> realmUrl;

    @ConfigProperty(name = "haki.directory.client-id", defaultValue = "ngec-directory")
    String clientId;

    @ConfigProperty(name = "haki.directory.client-secret")
    Optional<String> clientSecret;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile List<Colleague> cached;
    private volatile Instant cachedAt;

    /** Whether colleagues are looked up in the realm (a client secret is configured). */
    public boolean enabled() {
        return clientSecret.isPresent() && !clientSecret.get().isBlank() && realmUrl.isPresent();
    }

    /**
     * The colleagues to whom the caller may give an alert of this county, by name.
     *
     * @param callerCounty the caller's county, or empty for a national monitor
     */
    public List<Colleague> forAlert(Optional<String> callerCounty, String alertCounty) {
        return all().stream()
                .filter(c -> callerCounty.map(own -> own.equals(c.countyCode()))
                        .orElse(c.national() || (alertCounty != null && alertCounty.equals(c.countyCode()))))
                .toList();
    }

    /** Refuses (422) an assignee who is not one of {@link #forAlert} when the directory is on. */
    public void requireColleague(Optional<String> callerCounty, String alertCounty, String assignee) {
        if (!enabled()) {
            return;
        }
        if (forAlert(callerCounty, alertCounty).stream().noneMatch(c -> c.username().equals(assignee))) {
            throw ProblemException.unprocessable("assignee-not-a-colleague", "Not a colleague who can follow this alert",
                    callerCounty.isPresent()
                            ? "Assign the alert to an NGEC monitor of your county, from the list"
                            : "Assign the alert to an NGEC monitor of the alert's county, or a national monitor, from the list");
        }
    }

    private List<Colleague> all() {
        List<Colleague> current = cached;
        Instant at = cachedAt;
        Instant now = clock.instant();
        if (current != null && at != null && now.isBefore(at.plus(KEEP))) {
            return current;
        }
        try {
            String admin = realmUrl.orElseThrow().replaceFirst("/realms/", "/admin/realms/");
            String token = token();
            List<Colleague> found = new ArrayList<>();
            for (JsonNode u : get(admin + "/users?q=agency:NGEC&briefRepresentation=false&first=0&max=1000", token)) {
                if (!u.path("enabled").asBoolean(true)) {
                    continue;
                }
                Set<String> roles = new HashSet<>();
                for (JsonNode role : get(admin + "/users/" + u.path("id").asText() + "/role-mappings/realm/composite", token)) {
                    roles.add(role.path("name").asText());
                }
                if (!roles.contains(Roles.NGEC_MONITOR)) {
                    continue;
                }
                String username = u.path("username").asText();
                JsonNode county = u.path("attributes").path("county_code");
                String code = county.isArray() && !county.isEmpty() ? county.get(0).asText() : null;
                boolean national = code == null && roles.contains(Roles.NGEC_NATIONAL_MONITOR);
                String name = (u.path("firstName").asText("") + " " + u.path("lastName").asText("")).strip();
                if (code != null || national) {
                    found.add(new Colleague(username, name.isEmpty() ? username : name, code, national));
                }
            }
            found.sort(Comparator.comparing(Colleague::username));
            cached = List.copyOf(found);
            cachedAt = now;
            return cached;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("the realm's monitors could not be read: %s", e.getMessage());
            throw new ProblemException(503, "directory-unavailable", "The list of colleagues is unavailable",
                    "Keycloak did not answer; try again in a minute", null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret.orElseThrow(), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realmUrl.orElseThrow() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("token endpoint answered " + r.statusCode());
        }
        return json.readTree(r.body()).path("access_token").asText();
    }

    private JsonNode get(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url.replaceFirst("\\?.*", "") + " answered " + r.statusCode());
        }
        return json.readTree(r.body());
    }
}
