package com.shopwarden.health.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/** Reads the packs shipped in the service's resources, for unit tests of the pure model. */
final class ShippedPacks {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ShippedPacks() {}

  static HealthPack of(String code) {
    try (InputStream in =
        ShippedPacks.class
            .getClassLoader()
            .getResourceAsStream("markets/" + code + "/health.json")) {
      return MAPPER.readValue(in, HealthPack.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static HealthPack parse(String json) throws IOException {
    return MAPPER.readValue(json, HealthPack.class);
  }
}
