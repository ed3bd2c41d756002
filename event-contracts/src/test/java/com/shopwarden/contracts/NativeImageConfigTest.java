package com.shopwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Jackson reads and writes the records reflectively; a native image only allows that for classes
 * registered in the module's {@code reflect-config.json}, which native-image picks up from the jar.
 * This test keeps that list equal to every record and enum the events reach.
 */
class NativeImageConfigTest {

  private static final String CONFIG =
      "META-INF/native-image/com.shopwarden/event-contracts/reflect-config.json";

  @Test
  void everyClassJacksonTouchesIsRegisteredAndNothingElse() throws Exception {
    Set<String> reachable = new TreeSet<>();
    for (EventType type : EventTypes.all()) {
      collect(type.recordClass(), reachable);
    }

    assertThat(registered()).containsExactlyInAnyOrderElementsOf(reachable);
  }

  private static Set<String> registered() throws Exception {
    Set<String> names = new TreeSet<>();
    try (InputStream config = EventType.class.getClassLoader().getResourceAsStream(CONFIG)) {
      assertThat(config).as(CONFIG).isNotNull();
      JsonNode entries = new ObjectMapper().readTree(config);
      for (JsonNode entry : entries) {
        names.add(entry.get("name").asText());
        assertThat(entry.path("allDeclaredConstructors").asBoolean()).isTrue();
        assertThat(entry.path("allDeclaredMethods").asBoolean()).isTrue();
        assertThat(entry.path("allDeclaredFields").asBoolean()).isTrue();
      }
    }
    return names;
  }

  private static void collect(Type type, Set<String> reachable) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, reachable);
      }
      return;
    }
    if (!(type instanceof Class<?> type1) || !type1.getName().startsWith("com.shopwarden.")) {
      return;
    }
    if (!reachable.add(type1.getName()) || !type1.isRecord()) {
      return;
    }
    List<Type> componentTypes = new ArrayList<>();
    for (RecordComponent component : type1.getRecordComponents()) {
      componentTypes.add(component.getGenericType());
    }
    componentTypes.forEach(componentType -> collect(componentType, reachable));
  }
}
