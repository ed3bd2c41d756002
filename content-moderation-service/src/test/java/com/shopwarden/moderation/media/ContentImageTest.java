package com.shopwarden.moderation.media;

import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.media.MediaHashTest.encode;
import static com.shopwarden.moderation.media.MediaHashTest.shapes;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.moderation.ModerationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Intake hashes an image sent with the item and screens its eight variants. */
@QuarkusTest
class ContentImageTest {

  @Test
  void anImageSentWithTheItemIsHashedAndMatched() {
    byte[] png = encode(shapes(300, 200), "png");
    String hash =
        given()
            .auth()
            .oauth2(ModerationFixtures.token("policy-admin", "ID"))
            .contentType("image/png")
            .body(png)
            .post("/api/v1/media/hashes")
            .then()
            .statusCode(200)
            .extract()
            .path("hash");
    String bank = "items-" + UUID.randomUUID().toString().substring(0, 8);
    given()
        .auth()
        .oauth2(ModerationFixtures.admin("ID"))
        .contentType(ContentType.JSON)
        .body(Map.of("name", bank, "kind", "PROHIBITED_ITEM"))
        .post("/api/v1/markets/ID/hash-banks")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(ModerationFixtures.admin("ID"))
        .contentType(ContentType.JSON)
        .body(Map.of("hash", hash, "quality", 90, "label", "replica pistol"))
        .post("/api/v1/markets/ID/hash-banks/{b}/entries", bank)
        .then()
        .statusCode(200);
    saveStrategy(
            "ID",
            "block-" + bank,
            "signals.hashes.exists(h, h.bank == \"" + bank + "\" && h.distance == 0)",
            "BLOCK",
            "PROHIBITED",
            "HIGH")
        .statusCode(200);

    Map<String, Object> body = listing("ID", "s-" + UUID.randomUUID(), "toy");
    body.put(
        "image",
        Map.of("contentType", "image/png", "data", Base64.getEncoder().encodeToString(png)));
    JsonPath decision = submit(body).statusCode(201).extract().jsonPath();
    assertThat(decision.getString("verdict")).isEqualTo("BLOCK");
    assertThat(decision.getString("signals.hashes[0].label")).isEqualTo("replica pistol");
    // The evidence keeps the eight hashes, not the image.
    String content =
        strings(
                "select content from evidence_snapshot where id = ?",
                UUID.fromString(decision.getString("evidenceSnapshotId")))
            .get(0);
    assertThat(content).contains(hash).doesNotContain("\"data\"");
    // A repeat answers the stored decision.
    submit(body).statusCode(200).body("verdict", equalTo("BLOCK"));
  }

  @Test
  void badInlineImagesAreProblems() {
    for (Object[] c :
        List.of(
            new Object[] {"image/png", "not base64!", 400},
            new Object[] {
              "image/png", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}), 422
            },
            new Object[] {
              "image/svg+xml", Base64.getEncoder().encodeToString("<svg/>".getBytes()), 415
            })) {
      Map<String, Object> body = listing("ID", "s-" + UUID.randomUUID(), "toy");
      body.put("image", Map.of("contentType", c[0], "data", c[1]));
      submit(body).statusCode((Integer) c[2]).contentType("application/problem+json");
    }
  }
}
