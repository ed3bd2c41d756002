package com.shopwarden.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The committed schemas, loaded once, validating with format assertions (uuid, date-time) on. */
final class ContractSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<EventType, JsonSchema> SCHEMAS = new EnumMap<>(EventType.class);

  private ContractSchemas() {}

  static synchronized JsonSchema of(EventType type) {
    return SCHEMAS.computeIfAbsent(type, t -> FACTORY.getSchema(tree(t), CONFIG));
  }

  static Set<ValidationMessage> validate(EventType type, JsonNode payload) {
    return of(type).validate(payload);
  }

  /** The schema document itself, as JSON. */
  static JsonNode tree(EventType type) {
    try (InputStream schema = type.openSchema()) {
      return JSON.readTree(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
