package ke.haki.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Keeps the published contract honest: the committed JSON Schemas and AsyncAPI document equal
 * what the code defines (run with {@code -Dhaki.contract.write=true} to rewrite them after an
 * intended, compatible change), serialized events validate against them, and no released v1
 * schema changes in a way that breaks consumers.
 */
class SchemaCatalogTest {

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/asyncapi/schemas");
    private static final Path ASYNCAPI = Path.of("src/main/resources/META-INF/resources/asyncapi/asyncapi.yaml");
    private static final Path DOCS_ASYNCAPI = Path.of("../docs/asyncapi.yaml");
    private static final Path BASELINE = Path.of("src/test/resources/schema-baseline/v1");
    private static final boolean WRITE = Boolean.getBoolean("haki.contract.write");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theCommittedSchemaIsTheOneTheCodeDefines(EventType type) throws IOException {
        String generated = PRETTY.writeValueAsString(SchemaGenerator.schemaOf(type)) + "\n";
        Path file = SCHEMAS.resolve(type.typeName() + ".schema.json");
        if (WRITE) {
            Files.createDirectories(SCHEMAS);
            Files.writeString(file, generated);
        }
        assertThat(file).as("run ./mvnw -pl event-contract test -Dhaki.contract.write=true after a compatible change")
                .exists();
        assertThat(Files.readString(file)).as(file + " is out of date: rerun with -Dhaki.contract.write=true")
                .isEqualTo(generated);
    }

    @Test
    void theAsyncApiDocumentListsEveryTopicAndType() throws IOException {
        String generated = SchemaGenerator.asyncApi();
        if (WRITE) {
            Files.writeString(ASYNCAPI, generated);
            Files.writeString(DOCS_ASYNCAPI, generated.replace("./schemas/",
                    "../event-contract/src/main/resources/META-INF/resources/asyncapi/schemas/"));
        }
        assertThat(Files.readString(ASYNCAPI)).isEqualTo(generated);
        assertThat(Files.readString(DOCS_ASYNCAPI)).isEqualTo(generated.replace("./schemas/",
                "../event-contract/src/main/resources/META-INF/resources/asyncapi/schemas/"));
        for (EventType type : EventType.values()) {
            assertThat(generated).contains("name: " + type.typeName()).contains("address: " + type.topic());
        }
    }

    @Test
    void theEventCatalogueInDocsListsEveryType() throws IOException {
        Path file = Path.of("../docs/event-catalogue.md");
        String generated = SchemaGenerator.catalogue();
        if (WRITE) {
            Files.writeString(file, generated);
        }
        assertThat(Files.readString(file)).as("docs/event-catalogue.md is stale: rerun with -Dhaki.contract.write=true")
                .isEqualTo(generated);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aSerializedEventOfEveryTypeValidatesAgainstItsSchemaAndReadsBack(EventType type) throws IOException {
        CaseEvent event = Samples.event(type);
        String json = EventCodec.toJson(event);
        assertThat(validate(type, json)).isEmpty();
        assertThat(EventCodec.fromJson(json)).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anEventMissingAFieldOrCarryingAnExtraOneIsRejectedByItsSchema(EventType type) throws IOException {
        ObjectNode tree = EventCodec.toTree(Samples.event(type));
        ((ObjectNode) tree.get("payload")).put("victimName", "must never be here");
        assertThat(validate(type, tree.toString())).isNotEmpty();
        ObjectNode missing = EventCodec.toTree(Samples.event(type));
        missing.remove("sequence");
        assertThat(validate(type, missing.toString())).isNotEmpty();
    }

    @Test
    void noReleasedV1SchemaChangedInABreakingWay() throws IOException {
        if (WRITE && !Files.exists(BASELINE)) {
            Files.createDirectories(BASELINE);
            for (EventType type : EventType.values()) {
                Files.copy(SCHEMAS.resolve(type.typeName() + ".schema.json"),
                        BASELINE.resolve(type.typeName() + ".schema.json"));
            }
        }
        List<String> problems = new ArrayList<>();
        try (var released = Files.list(BASELINE)) {
            for (Path file : released.toList()) {
                String name = file.getFileName().toString();
                Path current = SCHEMAS.resolve(name);
                if (!Files.exists(current)) {
                    problems.add(name + ": released type removed");
                    continue;
                }
                JsonNode before = PRETTY.readTree(file.toFile());
                JsonNode now = PRETTY.readTree(current.toFile());
                SchemaCompatibility.breakingChanges(before, now).forEach(p -> problems.add(name + p));
            }
        }
        for (EventType type : EventType.values()) {
            assertThat(BASELINE.resolve(type.typeName() + ".schema.json"))
                    .as("a released type is frozen in the baseline: copy its schema there when you release it").exists();
        }
        assertThat(problems).as("a breaking change needs a new versioned type (…v2), not an edit of v1").isEmpty();
    }

    @Test
    void theCompatibilityCheckCatchesBreakingChanges() throws IOException {
        JsonNode released = SchemaGenerator.schemaOf(EventType.NPS_VICTIM_RECORDED);
        ObjectNode removedField = released.deepCopy();
        ((ObjectNode) removedField.get("properties").get("payload").get("properties")).remove("ageBand");
        assertThat(SchemaCompatibility.breakingChanges(released, removedField)).anyMatch(p -> p.contains("ageBand"));
        ObjectNode changedType = released.deepCopy();
        ((ObjectNode) changedType.get("properties").get("payload").get("properties").get("ageAtOffence")).put("type", "string");
        assertThat(SchemaCompatibility.breakingChanges(released, changedType)).anyMatch(p -> p.contains("type changed"));
        ObjectNode removedEnum = released.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) removedEnum.get("properties").get("payload").get("properties")
                .get("sex").get("enum")).remove(0);
        assertThat(SchemaCompatibility.breakingChanges(released, removedEnum)).anyMatch(p -> p.contains("enum value"));
        ObjectNode addedOptional = released.deepCopy();
        ((ObjectNode) addedOptional.get("properties").get("payload").get("properties")).putObject("newField")
                .putArray("type").add("string").add("null");
        assertThat(SchemaCompatibility.breakingChanges(released, addedOptional)).isEmpty();
    }

    private static Set<ValidationMessage> validate(EventType type, String json) throws IOException {
        try (InputStream in = SchemaCatalogTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema resource " + type.schemaResource()).isNotNull();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return schema.validate(PRETTY.readTree(json));
        }
    }
}
