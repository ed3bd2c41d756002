package com.shopwarden.enforcement.statement;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The allowed values of the DSA Transparency Database's enumerated fields (API v1), shipped as
 * {@code dsa/transparency-enums.json} from the database's own models.
 */
final class TransparencyEnums {

  private static final Map<String, Set<String>> VALUES = load();

  private TransparencyEnums() {}

  static Set<String> of(String name) {
    Set<String> values = VALUES.get(name);
    if (values == null) {
      throw new IllegalStateException("no enumeration " + name);
    }
    return values;
  }

  private static Map<String, Set<String>> load() {
    try (InputStream in =
        TransparencyEnums.class
            .getClassLoader()
            .getResourceAsStream("dsa/transparency-enums.json")) {
      if (in == null) {
        throw new IllegalStateException("dsa/transparency-enums.json is missing");
      }
      Map<String, List<String>> raw =
          new ObjectMapper().readValue(in, new TypeReference<Map<String, List<String>>>() {});
      return raw.entrySet().stream()
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
