package ke.haki.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The security test suite of one service, generated from the OpenAPI document it serves
 * ({@code /q/openapi}): every served operation must have an {@link Expectation} (which roles may
 * call it and how it is scoped), and is then called as every persona (no token, and each realm role
 * for its own station, another station of the same county and another county) and its answer
 * compared with what the expectation implies. An endpoint added without an expectation fails the
 * suite the day it is added ({@link #uncovered}).
 *
 * <p>Long because the matrix is one idea: its expectations, personas, coverage checks and the calls
 * (JSON or form bodies, for the API and the dashboard) that compare answers with expectations.
 */
public final class SecurityMatrix {

    /** How an operation is scoped to the caller's station or county. */
    public enum Scope {
        /** Names one case (or file, or alert) of the fixture: outside the caller's scope it answers 404. */
        CASE,
        /** Creates something at the fixture's station or county: outside the caller's scope it answers 403. */
        REGISTER,
        /** Lists or counts: answered for any scope, filtered to it (the filtering is tested elsewhere). */
        FILTERED,
        /** Not scoped (reference data, administration): any permitted role is answered. */
        OPEN
    }

    /**
     * Where the caller's token places it relative to the fixture (its station or ODPP office, its
     * county): {@code OTHER_STATION_SAME_COUNTY} is another unit of the fixture's county.
     */
    public enum Relation {
        OWN_SCOPE, OTHER_STATION_SAME_COUNTY, OTHER_COUNTY
    }

    /** What one operation allows. {@code body} is a valid request body (or null). */
    public record Expectation(String method, String path, Scope scope, Set<String> roles, Object body) {

        public String key() {
            return method + " " + path;
        }
    }

    /** Collects the expectations of a service. */
    public static final class Expectations {
        private final Map<String, Expectation> byKey = new LinkedHashMap<>();

        /** {@code operation} is "METHOD /path/{param}" exactly as the OpenAPI document has it. */
        public Expectations op(String operation, Scope scope, Object body, String... roles) {
            String[] parts = operation.split(" ", 2);
            Expectation e = new Expectation(parts[0], parts[1], scope, new TreeSet<>(Arrays.asList(roles)), body);
            if (byKey.put(e.key(), e) != null) {
                throw new IllegalArgumentException("two expectations for " + e.key());
            }
            return this;
        }

        public List<Expectation> all() {
            return List.copyOf(byKey.values());
        }
    }

    /** A form body ({@code application/x-www-form-urlencoded}), e.g. a dashboard form action. */
    public record Form(Map<String, String> fields) {}

    /** One call of the suite: the operation, the path it was sent to, and the answer's status. */
    public record Answer(Expectation expectation, String path, int status) {}

    /** Who calls: a role (null: no token) and where its token places it. */
    public record Persona(String role, Relation relation) {

        public static Persona noToken() {
            return new Persona(null, Relation.OWN_SCOPE);
        }

        @Override
        public String toString() {
            return role == null ? "no token" : role + " (" + relation + ")";
        }
    }

    /** The claim that places a police caller: its station. */
    public static final String STATION_CLAIM = "station_code";

    private SecurityMatrix() {}

    /**
     * The project's realm roles of deploy/keycloak/haki-realm.json: every one must have its personas.
     * Keycloak's own roles, which the realm declares only to shape them (the default role
     * {@code default-roles-haki}, and {@code offline_access}, held by no one), are not the project's.
     */
    public static Set<String> realmRoles() {
        Set<String> roles = new TreeSet<>(io.restassured.path.json.JsonPath.from(ProjectFiles.resolve("deploy/keycloak/haki-realm.json").toFile())
                .getList("roles.realm.name", String.class));
        roles.removeIf(r -> r.equals("offline_access") || r.equals("uma_authorization") || r.startsWith("default-roles-"));
        return roles;
    }

    /**
     * The persona of a test method, from its {@code @TestSecurity} role and the {@code station_code}
     * claim of its {@code @OidcSecurity} ({@code stations}: own station, another of the same county,
     * another county's); none: no token.
     */
    public static Persona persona(java.lang.reflect.Method method, List<String> stations) {
        return persona(method, STATION_CLAIM, stations);
    }

    /**
     * The persona of a test method, from its {@code @TestSecurity} role and the claim {@code claim}
     * of its {@code @OidcSecurity}, which places the caller ({@code values}: the fixture's own unit,
     * another unit of its county, another county's; e.g. {@code office_code} for ODPP offices);
     * none: no token.
     */
    public static Persona persona(java.lang.reflect.Method method, String claim, List<String> values) {
        io.quarkus.test.security.TestSecurity security = method.getAnnotation(io.quarkus.test.security.TestSecurity.class);
        if (security == null) {
            return Persona.noToken();
        }
        if (security.roles().length != 1) {
            throw new IllegalArgumentException(method.getName() + ": one role per persona");
        }
        io.quarkus.test.security.oidc.OidcSecurity oidc = method.getAnnotation(io.quarkus.test.security.oidc.OidcSecurity.class);
        String value = oidc == null ? null : Arrays.stream(oidc.claims()).filter(c -> c.key().equals(claim))
                .map(io.quarkus.test.security.oidc.Claim::value).findFirst().orElse(null);
        int index = values.indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException(method.getName() + ": " + claim + " must be one of " + values);
        }
        return new Persona(security.roles()[0], Relation.values()[index]);
    }

    /** The personas (role x relation, and no token) that no method of the test class plays. */
    public static List<String> missingPersonas(Class<?> testClass, List<String> stations) {
        return missingPersonas(testClass, STATION_CLAIM, stations);
    }

    /**
     * {@link #missingPersonas(Class, List)}, the relation read from the claim {@code claim}; the
     * methods of the test class and its superclasses ({@link SecurityPersonas}) count.
     */
    public static List<String> missingPersonas(Class<?> testClass, String claim, List<String> values) {
        Set<String> played = new TreeSet<>();
        for (Class<?> c = testClass; c != null; c = c.getSuperclass()) {
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(org.junit.jupiter.api.Test.class) && m.getName().startsWith("as")) {
                    played.add(persona(m, claim, values).toString());
                }
            }
        }
        List<String> missing = new ArrayList<>();
        if (!played.contains(Persona.noToken().toString())) {
            missing.add(Persona.noToken().toString());
        }
        for (String role : realmRoles()) {
            for (Relation r : Relation.values()) {
                String p = new Persona(role, r).toString();
                if (!played.contains(p)) {
                    missing.add(p);
                }
            }
        }
        return missing;
    }

    public static Expectations expectations() {
        return new Expectations();
    }

    /** Every operation of the served OpenAPI document, as "METHOD /path". */
    public static Set<String> served() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        return operations;
    }

    /** Served operations without an expectation, and expectations of operations no longer served. */
    public static List<String> uncovered(Expectations expectations) {
        return uncovered(expectations, served());
    }

    /**
     * Operations of {@code served} (e.g. the routes of the dashboard's resource classes,
     * {@link ResourceRoutes}) without an expectation, and expectations of operations not served.
     */
    public static List<String> uncovered(Expectations expectations, Set<String> served) {
        List<String> problems = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        expectations.all().forEach(e -> expected.add(e.key()));
        served.stream().filter(op -> !expected.contains(op)).forEach(op -> problems.add(op + ": served, but no expectation"));
        expected.stream().filter(op -> !served.contains(op)).forEach(op -> problems.add(op + ": expected, but not served"));
        return problems;
    }

    /**
     * The answer the persona must get. {@code stationScoped} roles are scoped to their station (a
     * police officer), every other role to its county.
     */
    public static String expected(Expectation e, Persona persona, Set<String> stationScoped) {
        if (persona.role() == null) {
            return "401";
        }
        if (!e.roles().contains(persona.role())) {
            return "403";
        }
        boolean inScope = switch (persona.relation()) {
            case OWN_SCOPE -> true;
            case OTHER_STATION_SAME_COUNTY -> !stationScoped.contains(persona.role());
            case OTHER_COUNTY -> false;
        };
        if (inScope || e.scope() == Scope.FILTERED || e.scope() == Scope.OPEN) {
            return "answered";
        }
        return e.scope() == Scope.CASE ? "404" : "403";
    }

    /**
     * The answers ("persona: METHOD path -> status, expected ...") that are not the expected ones.
     * "answered" means neither 401, 403 nor 404: the caller was let in.
     */
    public static List<String> mismatches(List<Answer> answers, Persona persona, Set<String> stationScoped) {
        List<String> wrong = new ArrayList<>();
        for (Answer a : answers) {
            String expected = expected(a.expectation(), persona, stationScoped);
            boolean ok = expected.equals("answered") ? refusedOrHidden(a.status()) == null
                    : Integer.toString(a.status()).equals(expected);
            if (!ok) {
                wrong.add(persona + ": " + a.expectation().key() + " -> " + a.status() + ", expected " + expected);
            }
        }
        return wrong;
    }

    /** "401", "403" or "404" for a status that refuses or hides; null for one that lets the caller in. */
    public static String refusedOrHidden(int status) {
        return status == 401 || status == 403 || status == 404 ? Integer.toString(status) : null;
    }

    /** Calls every operation as the current identity, with these path parameters and headers. */
    public static List<Answer> call(Expectations expectations, Map<String, String> pathParameters,
            Map<String, String> headers) {
        List<Answer> answers = new ArrayList<>();
        for (Expectation e : expectations.all()) {
            String path = e.path();
            for (Map.Entry<String, String> p : pathParameters.entrySet()) {
                path = path.replace("{" + p.getKey() + "}", p.getValue());
            }
            if (path.contains("{")) {
                throw new IllegalArgumentException("no value for a parameter of " + e.path());
            }
            answers.add(new Answer(e, path, send(e, path, headers)));
        }
        return answers;
    }

    private static int send(Expectation e, String path, Map<String, String> headers) {
        RequestSpecification request = given().headers(headers).accept("application/json, text/csv, text/html, */*");
        if (e.body() instanceof Form form) {
            request = request.contentType(ContentType.URLENC).formParams(form.fields());
        } else {
            request = request.contentType(ContentType.JSON);
            if (e.body() != null) {
                request = request.body(e.body());
            }
        }
        return request.request(e.method(), path).statusCode();
    }
}
