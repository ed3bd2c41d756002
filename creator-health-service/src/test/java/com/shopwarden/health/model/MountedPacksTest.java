package com.shopwarden.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MountedPacksTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void aFlatConfigMapFileReplacesTheShippedPackOfItsMarketOnly(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("SG.health.json"), withNewAccountDays("SG", 45));

    HealthPack mounted = HealthPacks.read(MAPPER, "SG", Optional.of(dir));

    assertThat(ShippedPacks.of("SG").risk().newAccountDays()).isNotEqualTo(45);
    assertThat(mounted.risk().newAccountDays()).isEqualTo(45);
    assertThat(HealthPacks.read(MAPPER, "MY", Optional.of(dir))).isEqualTo(ShippedPacks.of("MY"));
  }

  @Test
  void aDirectoryTreeIsReadToo(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("SG"));
    Files.writeString(dir.resolve("SG").resolve("health.json"), withNewAccountDays("SG", 60));

    assertThat(HealthPacks.read(MAPPER, "SG", Optional.of(dir)).risk().newAccountDays())
        .isEqualTo(60);
  }

  private static String withNewAccountDays(String code, int days) throws IOException {
    ObjectNode pack = (ObjectNode) MAPPER.readTree(shippedJson(code));
    ((ObjectNode) pack.get("risk")).put("newAccountDays", days);
    return MAPPER.writeValueAsString(pack);
  }

  private static String shippedJson(String code) throws IOException {
    try (InputStream in =
        MountedPacksTest.class
            .getClassLoader()
            .getResourceAsStream("markets/" + code + "/health.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
