package com.shopwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas, the event types and the records describe the same set of events and fields. */
class SchemaCatalogueTest {

  static Stream<EventType> types() {
    return EventTypes.all().stream();
  }

  @Test
  void everySchemaFileBelongsToExactlyOneEventTypeAndEveryTypeHasOne() throws Exception {
    List<String> files = schemaFiles();
    Map<String, Long> referenced =
        EventTypes.all().stream()
            .collect(Collectors.groupingBy(EventType::schemaPath, Collectors.counting()));

    assertThat(referenced.values()).containsOnly(1L);
    assertThat(files).containsExactlyInAnyOrderElementsOf(referenced.keySet());
  }

  @Test
  void typesAreFoundByCloudEventsTypeAndByRecord() {
    for (EventType type : EventTypes.all()) {
      assertThat(EventTypes.byCeType(type.ceType())).contains(type);
      assertThat(EventTypes.of(type.recordClass())).isEqualTo(type);
      assertThat(EventTypes.of(EventSamples.of(type))).isEqualTo(type);
    }
    assertThat(EventTypes.byCeType("com.shopwarden.moderation.ViolationConfirmed.v2")).isEmpty();
    assertThat(EventTypes.byCeType(null)).isEmpty();
    assertThat(EventTypes.all()).hasSize(20).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("types")
  void theCloudEventsTypeNamesTheProducerTheEventAndTheVersion(EventType type) {
    String producer = type.recordClass().getPackageName().replace("com.shopwarden.contracts.", "");

    assertThat(type.ceType())
        .isEqualTo("com.shopwarden." + producer + "." + type.eventName() + ".v1");
    assertThat(type.version()).isEqualTo(1);
    assertThat(type.schemaPath()).isEqualTo("schemas/" + type.eventName() + ".v1.json");
  }

  @ParameterizedTest
  @MethodSource("types")
  void theSchemaIsIdentifiedAndOpenForNewFields(EventType type) {
    JsonNode schema = ContractSchemas.tree(type);

    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText())
        .isEqualTo("https://shopwarden.com/schemas/events/" + type.eventName() + ".v1.json");
    assertThat(schema.get("title").asText()).isEqualTo(type.eventName());
    assertThat(schema.get("description").asText())
        .contains(type.ceType())
        .contains("topic " + type.topic());
    assertThat(objectSchemas(schema))
        .isNotEmpty()
        .allSatisfy(object -> assertThat(object.path("additionalProperties").asBoolean()).isTrue());
  }

  @ParameterizedTest
  @MethodSource("types")
  void theSchemasPropertiesAreTheRecordsComponents(EventType type) {
    JsonNode schema = ContractSchemas.tree(type);
    List<String> properties = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(properties::add);
    List<String> required = new ArrayList<>();
    schema.get("required").forEach(field -> required.add(field.asText()));

    assertThat(properties)
        .containsExactlyElementsOf(
            Arrays.stream(type.recordClass().getRecordComponents())
                .map(component -> component.getName())
                .toList());
    assertThat(properties).containsAll(required);
    assertThat(required).startsWith("eventId", "market", "occurredAt");
  }

  @ParameterizedTest
  @MethodSource("types")
  void theSchemaIsValidDraft2020_12(EventType type) {
    JsonSchema metaSchema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(SchemaId.V202012));

    assertThat(metaSchema.validate(ContractSchemas.tree(type))).isEmpty();
  }

  /** The schema itself and every object schema under {@code $defs}. */
  private static List<JsonNode> objectSchemas(JsonNode schema) {
    List<JsonNode> objects = new ArrayList<>(List.of(schema));
    schema.path("$defs").forEach(objects::add);
    return objects;
  }

  private static List<String> schemaFiles() throws IOException, URISyntaxException {
    URL directory = EventType.class.getClassLoader().getResource("schemas");
    assertThat(directory).isNotNull();
    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
      return files.map(Path::getFileName).map(name -> "schemas/" + name).toList();
    }
  }
}
