package com.shopwarden.ipr.asset;

import static com.shopwarden.ipr.IprFixtures.WAIT;
import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.events;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.media.pdq.PdqDigest;
import com.shopwarden.media.pdq.PdqHasher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Logo images hashed here with PDQ, their quality kept; hashes registered with a quality. */
@QuarkusTest
class AssetLogoTest {

  @Test
  void anUploadedLogoAddsItsHashAndQuality() throws Exception {
    String org = verifiedOrganisation("US");
    String assetId = pendingTrademark(org, List.of("a".repeat(64)), List.of(88));
    byte[] logo = png(logo());
    PdqDigest expected = new PdqHasher().hash(logo);
    assertThat(expected.quality()).isGreaterThanOrEqualTo(50);
    upload(holder(org), assetId, "image/png", logo)
        .statusCode(200)
        .body("pdqHashes", contains("a".repeat(64), expected.hash().toHex()))
        .body("pdqQualities", contains(88, expected.quality()));
    // The same image again changes nothing.
    upload(holder(org), assetId, "image/png", logo).statusCode(200).body("pdqHashes", hasSize(2));
    // Verified, the asset goes to content moderation with each hash's quality.
    post(
            agent("US"),
            "/api/v1/ipr/assets/" + assetId + "/verification",
            Map.of("outcome", "VERIFIED"))
        .statusCode(200);
    List<ProtectionAssetPublished> published =
        events(
            Topics.IPR_PROTECTION_ASSETS,
            ProtectionAssetPublished.class,
            e -> e.assetId().equals(assetId),
            1,
            WAIT);
    assertThat(published).hasSize(1);
    assertThat(published.get(0).pdqHashes())
        .containsExactly("a".repeat(64), expected.hash().toHex());
    assertThat(published.get(0).pdqQualities()).containsExactly(88, expected.quality());
  }

  @Test
  void hashesOfUnknownQualityArePublishedWithoutQualities() {
    String org = verifiedOrganisation("US");
    String assetId = pendingTrademark(org, List.of("a".repeat(64), "b".repeat(64)), null);
    post(
            agent("US"),
            "/api/v1/ipr/assets/" + assetId + "/verification",
            Map.of("outcome", "VERIFIED"))
        .statusCode(200);
    ProtectionAssetPublished published =
        events(
                Topics.IPR_PROTECTION_ASSETS,
                ProtectionAssetPublished.class,
                e -> e.assetId().equals(assetId),
                1,
                WAIT)
            .get(0);
    assertThat(published.pdqHashes()).hasSize(2);
    assertThat(published.pdqQualities()).isEmpty();
  }

  @Test
  void flatUndecodableOrForeignImagesAreRefused() throws Exception {
    String org = verifiedOrganisation("US");
    String assetId = pendingTrademark(org, List.of(), null);
    upload(holder(org), assetId, "image/png", png(flat()))
        .statusCode(422)
        .body("detail", containsString("too flat"));
    byte[] notAnImage = new byte[64];
    System.arraycopy(png(logo()), 0, notAnImage, 0, 8);
    upload(holder(org), assetId, "image/png", notAnImage).statusCode(422);
    upload(holder(org), assetId, "image/gif", png(logo())).statusCode(415);
    upload(holder(unique("org")), assetId, "image/png", png(logo())).statusCode(404);
    given()
        .contentType("image/png")
        .body(png(logo()))
        .post("/api/v1/ipr/assets/" + assetId + "/logo")
        .then()
        .statusCode(401);
    post(
            agent("US"),
            "/api/v1/ipr/assets/" + assetId + "/verification",
            Map.of("outcome", "VERIFIED"))
        .statusCode(200);
    // A verified asset's images are what was verified.
    upload(holder(org), assetId, "image/png", png(logo())).statusCode(409);
  }

  @Test
  void registeredQualitiesMatchTheirHashes() {
    String org = verifiedOrganisation("US");
    Map<String, Object> body = trademark(org, List.of("a".repeat(64), "b".repeat(64)), List.of(90));
    post(holder(org), "/api/v1/ipr/organisations/" + org + "/assets", body)
        .statusCode(400)
        .body("errors[0].field", equalTo("pdqQualities"));
    body = trademark(org, List.of("a".repeat(64)), List.of(30));
    post(holder(org), "/api/v1/ipr/organisations/" + org + "/assets", body)
        .statusCode(400)
        .body("errors[0].field", equalTo("pdqQualities[0]"));
    // Without qualities the hashes are taken as they are, quality unknown.
    post(
            holder(org),
            "/api/v1/ipr/organisations/" + org + "/assets",
            trademark(org, List.of("a".repeat(64)), null))
        .statusCode(201)
        .body("pdqQualities", contains((Object) null));
  }

  private static String pendingTrademark(String org, List<String> hashes, List<Integer> qualities) {
    return post(
            holder(org),
            "/api/v1/ipr/organisations/" + org + "/assets",
            trademark(org, hashes, qualities))
        .statusCode(201)
        .extract()
        .path("assetId");
  }

  private static Map<String, Object> trademark(
      String org, List<String> hashes, List<Integer> qualities) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "TRADEMARK");
    body.put("title", "GLOWCO");
    body.put("markText", "GlowCo");
    body.put("registrationNumber", "TM-" + org);
    body.put("office", "USPTO");
    body.put("ownerName", "Brand " + org);
    body.put("validUntil", "2040-01-01");
    body.put("pdqHashes", hashes);
    if (qualities != null) {
      body.put("pdqQualities", qualities);
    }
    body.put("markets", List.of("US"));
    return body;
  }

  private static ValidatableResponse upload(
      String token, String assetId, String type, byte[] image) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(type)
        .body(image)
        .post("/api/v1/ipr/assets/" + assetId + "/logo")
        .then();
  }

  /** A logo-like image: a ring and a bar on a light ground, detailed enough for PDQ. */
  private static BufferedImage logo() {
    BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(245, 240, 230));
    g.fillRect(0, 0, 256, 256);
    g.setColor(new Color(200, 30, 60));
    g.fillOval(40, 40, 176, 176);
    g.setColor(new Color(245, 240, 230));
    g.fillOval(80, 80, 96, 96);
    g.setColor(new Color(20, 20, 80));
    g.fillRect(20, 110, 216, 36);
    g.dispose();
    return image;
  }

  private static BufferedImage flat() {
    BufferedImage image = new BufferedImage(128, 128, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.GRAY);
    g.fillRect(0, 0, 128, 128);
    g.dispose();
    return image;
  }

  private static byte[] png(BufferedImage image) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
