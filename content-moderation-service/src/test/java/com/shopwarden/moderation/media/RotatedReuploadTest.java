package com.shopwarden.moderation.media;

import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Meta's reference images, read from {@code $SHOPWARDEN_SHARED_DIR/testdata/pdq} (never copied
 * here): the upload endpoint reproduces the reference hash, and a rotated re-upload of a banked
 * image is caught through the dihedral variants.
 */
@QuarkusTest
class RotatedReuploadTest {

  @Test
  void aRotatedCopyOfABankedImageIsBlocked() throws IOException {
    Path dir = referenceDir();
    Map<String, String[]> expected =
        Files.readAllLines(dir.resolve("expected-jdk17.csv")).stream()
            .filter(l -> !l.isBlank())
            .map(l -> l.split(","))
            .collect(Collectors.toMap(r -> r[2], r -> r));
    String original = expected.get("bridge-1-original.jpg")[0];

    JsonPath rotated =
        given()
            .auth()
            .oauth2(token("service", "DE"))
            .contentType("image/jpeg")
            .body(Files.readAllBytes(dir.resolve("bridge-3-rotate-180.jpg")))
            .post("/api/v1/media/hashes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(rotated.getString("hash")).isEqualTo(expected.get("bridge-3-rotate-180.jpg")[0]);
    assertThat(rotated.getInt("quality"))
        .isEqualTo(Integer.parseInt(expected.get("bridge-3-rotate-180.jpg")[1]));

    String bank = "removed-" + UUID.randomUUID().toString().substring(0, 8);
    given()
        .auth()
        .oauth2(com.shopwarden.moderation.ModerationFixtures.admin("DE"))
        .contentType(ContentType.JSON)
        .body(Map.of("name", bank, "kind", "REMOVED_CONTENT"))
        .post("/api/v1/markets/DE/hash-banks")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(com.shopwarden.moderation.ModerationFixtures.admin("DE"))
        .contentType("text/csv")
        .body(original + ",100,bridge photo removed on appeal review\n")
        .post("/api/v1/markets/DE/hash-banks/{b}/entries/csv", bank)
        .then()
        .statusCode(200);
    saveStrategy(
            "DE",
            "block-" + bank,
            "signals.hashes.exists(h, h.kind == \"REMOVED_CONTENT\" && h.bank == \"" + bank + "\")",
            "BLOCK",
            "REUPLOAD",
            "HIGH")
        .statusCode(200);

    // The upload's own hash is far from the banked one; its ROTATE_180 variant is not.
    Map<String, Object> onlyOwn = listing("DE", "s-" + UUID.randomUUID(), "bridge poster");
    onlyOwn.put("media", List.of(Map.of("pdqHash", rotated.getString("hash"), "quality", 100)));
    assertThat((String) submit(onlyOwn).statusCode(201).extract().path("verdict"))
        .isEqualTo("ALLOW");

    int quality = rotated.getInt("quality");
    List<String> variants = rotated.getList("dihedral.hash");
    Map<String, Object> all = listing("DE", "s-" + UUID.randomUUID(), "bridge poster");
    all.put("media", variants.stream().map(h -> Map.of("pdqHash", h, "quality", quality)).toList());
    JsonPath decision = submit(all).statusCode(201).extract().jsonPath();
    assertThat(decision.getString("verdict")).isEqualTo("BLOCK");
    assertThat(decision.getString("signals.hashes[0].bank")).isEqualTo(bank);
    assertThat(decision.getInt("signals.hashes[0].distance")).isBetween(0, 8);
  }

  private static Path referenceDir() {
    String shared = System.getenv("SHOPWARDEN_SHARED_DIR");
    Path dir = Path.of(shared == null ? "../../shared" : shared, "testdata", "pdq");
    if (!Files.isDirectory(dir)) {
      fail("PDQ reference data not found at " + dir.toAbsolutePath() + " (SHOPWARDEN_SHARED_DIR)");
    }
    return dir;
  }
}
