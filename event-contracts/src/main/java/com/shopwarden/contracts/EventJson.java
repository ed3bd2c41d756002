package com.shopwarden.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes events as the JSON payload of their contract and reads them back. One instance is
 * thread-safe and meant to be shared.
 *
 * <p>The mapper writes instants and dates as ISO-8601 strings, leaves out null fields (an absent
 * optional field and a null one mean the same) and ignores unknown fields on reading, because a
 * newer producer may add fields before every consumer knows them. Every failure to read becomes an
 * {@link EventReadException} that names the field, so a consumer can dead-letter the message with a
 * useful reason.
 */
public final class EventJson {

  private final ObjectMapper mapper = newObjectMapper();

  /**
   * A new mapper configured like the one {@link EventJson} uses, for code that needs Jackson
   * directly (for example a framework's serializer). The records need no annotations: Jackson reads
   * records through their canonical constructor, which validates them.
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        // Stable bytes for the same event: maps (template parameters, eligibility) in key order.
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // A missing int must not silently become 0: points, counts and versions are required.
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // Read what the schema accepts, nothing looser: no "3" for 3, no 2.5 for 2, no 0 for LOW.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** The event's JSON payload, UTF-8. */
  public byte[] write(DomainEvent event) {
    try {
      return mapper.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      // Records of this module always serialise; this means a foreign DomainEvent implementation.
      throw new IllegalStateException(
          event.getClass().getSimpleName() + " cannot be written as JSON", e);
    }
  }

  /** The event's JSON payload as a string. */
  public String writeString(DomainEvent event) {
    return new String(write(event), StandardCharsets.UTF_8);
  }

  /**
   * Reads a payload as the given event.
   *
   * @throws EventReadException naming the failing field
   */
  public <T extends DomainEvent> T read(byte[] payload, Class<T> type) {
    if (payload == null) {
      throw new EventReadException(null, type.getSimpleName() + ": payload is missing");
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(payload);
    } catch (IOException e) {
      throw new EventReadException(
          null, type.getSimpleName() + ": payload is not well-formed JSON");
    }
    return read(tree, type);
  }

  /**
   * Reads a payload as the given event.
   *
   * @throws EventReadException naming the failing field
   */
  public <T extends DomainEvent> T read(String payload, Class<T> type) {
    return read(payload == null ? null : payload.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads a payload as the event its CloudEvents type ({@code ce_type} header) names.
   *
   * @throws EventReadException naming {@code ce_type} for an unknown type, or the failing field
   */
  public DomainEvent read(String ceType, byte[] payload) {
    EventType type =
        EventTypes.byCeType(ceType)
            .orElseThrow(
                () ->
                    new EventReadException(
                        CloudEventHeaders.TYPE,
                        "unknown event type in "
                            + CloudEventHeaders.TYPE
                            + ": "
                            + (ceType == null ? "none given" : ceType)));
    return read(payload, type.recordClass());
  }

  private <T extends DomainEvent> T read(JsonNode tree, Class<T> type) {
    String event = type.getSimpleName();
    if (tree == null || !tree.isObject()) {
      throw new EventReadException(null, event + ": payload must be a JSON object");
    }
    try {
      return mapper.treeToValue(tree, type);
    } catch (JacksonException e) {
      throw ReadFailure.explain(event, tree, e);
    }
  }

  /** Turns Jackson's failures into messages that name the field and nothing internal. */
  private static final class ReadFailure {

    private ReadFailure() {}

    static EventReadException explain(String event, JsonNode tree, JacksonException failure) {
      if (!(failure instanceof JsonMappingException mapping)) {
        return new EventReadException(null, event + ": payload could not be read");
      }
      String path = path(mapping.getPath());
      if (mapping instanceof ValueInstantiationException) {
        InvalidFieldException invalid = invalidField(mapping);
        if (invalid != null) {
          String field = path.isEmpty() ? invalid.field() : path + "." + invalid.field();
          String message =
              path.isEmpty() ? invalid.getMessage() : path + "." + invalid.getMessage();
          return new EventReadException(field, event + ": " + message);
        }
        return new EventReadException(
            emptyToNull(path), event + ": " + subject(path) + " could not be constructed");
      }
      if (!path.isEmpty() && isAbsent(tree, mapping.getPath())) {
        return new EventReadException(path, event + ": " + path + " is required");
      }
      if (mapping instanceof InvalidFormatException format) {
        return new EventReadException(
            emptyToNull(path),
            event + ": " + subject(path) + " must be " + expected(format.getTargetType()));
      }
      if (mapping instanceof MismatchedInputException mismatch
          && mismatch.getTargetType() != null) {
        return new EventReadException(
            emptyToNull(path),
            event + ": " + subject(path) + " must be " + expected(mismatch.getTargetType()));
      }
      return new EventReadException(
          emptyToNull(path), event + ": " + subject(path) + " could not be read");
    }

    private static InvalidFieldException invalidField(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidFieldException invalid) {
          return invalid;
        }
      }
      return null;
    }

    /** {@code milestoneCrossed.direction}, {@code failedFields[0].field}. */
    private static String path(List<JsonMappingException.Reference> references) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference reference : references) {
        if (reference.getFieldName() != null) {
          if (path.length() > 0) {
            path.append('.');
          }
          path.append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      return path.toString();
    }

    private static boolean isAbsent(JsonNode tree, List<JsonMappingException.Reference> path) {
      JsonNode node = tree;
      for (JsonMappingException.Reference reference : path) {
        if (node == null) {
          return true;
        }
        node =
            reference.getFieldName() != null
                ? node.get(reference.getFieldName())
                : node.get(reference.getIndex());
      }
      return node == null || node.isNull();
    }

    private static String expected(Class<?> type) {
      if (type == null) {
        return "a value of the contract's type";
      }
      if (type.isEnum()) {
        StringBuilder values = new StringBuilder("one of ");
        Object[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
          values.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
        }
        return values.toString();
      }
      return switch (type.getSimpleName()) {
        case "UUID" -> "a UUID";
        case "Instant" -> "an RFC 3339 timestamp";
        case "LocalDate" -> "a date (YYYY-MM-DD)";
        case "int", "Integer", "long", "Long" -> "an integer";
        case "double", "Double" -> "a number";
        case "boolean", "Boolean" -> "true or false";
        case "String" -> "a string";
        case "List" -> "an array";
        case "Map" -> "an object";
        default -> type.isRecord() ? "an object" : "a value of the contract's type";
      };
    }

    private static String subject(String path) {
      return path.isEmpty() ? "payload" : path;
    }

    private static String emptyToNull(String path) {
      return path.isEmpty() ? null : path;
    }
  }
}
