package com.shopwarden.health.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/** Variants of the shipped SEA pack's JSON, for tests of pack validation. */
final class ShippedPacksJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ShippedPacksJson() {}

  static String seaWithBands(String bands) {
    ObjectNode pack = sea();
    try {
      pack.set("bands", MAPPER.readTree(bands));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return pack.toString();
  }

  static String seaWithoutPointsRules() {
    ObjectNode pack = sea();
    pack.remove("points");
    return pack.toString();
  }

  /** The SEA pack as written before the age and repeat windows and the recent window existed. */
  static String seaWithoutOptionalWindows() {
    ObjectNode pack = sea();
    ObjectNode risk = (ObjectNode) pack.get("risk");
    risk.remove("newAccountDays");
    risk.remove("repeatDays");
    pack.remove("recentViolationDays");
    return pack.toString();
  }

  static String seaWithRepeatDays(int days) {
    ObjectNode pack = sea();
    ((ObjectNode) pack.get("risk")).put("repeatDays", days);
    return pack.toString();
  }

  private static ObjectNode sea() {
    try (InputStream in =
        ShippedPacksJson.class.getClassLoader().getResourceAsStream("markets/ID/health.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
