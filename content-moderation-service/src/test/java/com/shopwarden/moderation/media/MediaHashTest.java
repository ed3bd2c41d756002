package com.shopwarden.moderation.media;

import static com.shopwarden.moderation.ModerationFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.media.pdq.Dihedral;
import com.shopwarden.media.pdq.PdqDihedralDigest;
import com.shopwarden.media.pdq.PdqHasher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/media/hashes}: PDQ of an uploaded image, and what it refuses. */
@QuarkusTest
class MediaHashTest {

  @Test
  void anUploadedImageGetsItsHashQualityAndEightVariants() {
    BufferedImage image = shapes(320, 240);
    byte[] png = encode(image, "png");
    PdqDihedralDigest expected = new PdqHasher().hashDihedral(image);

    JsonPath answer =
        given()
            .auth()
            .oauth2(token("service", "ID"))
            .contentType("image/png")
            .body(png)
            .post("/api/v1/media/hashes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getString("hash")).isEqualTo(expected.hash(Dihedral.ORIGINAL).toHex());
    assertThat(answer.getInt("quality")).isEqualTo(expected.quality()).isGreaterThan(50);
    List<String> transforms = answer.getList("dihedral.transform");
    List<String> hashes = answer.getList("dihedral.hash");
    assertThat(transforms).containsExactly(names());
    assertThat(hashes)
        .containsExactlyElementsOf(expected.dihedral().stream().map(h -> h.toHex()).toList());

    byte[] jpeg = encode(image, "jpg");
    for (String role : List.of("moderator", "policy-admin")) {
      given()
          .auth()
          .oauth2(token(role, "DE"))
          .contentType("image/jpeg")
          .body(jpeg)
          .post("/api/v1/media/hashes")
          .then()
          .statusCode(200)
          .body("dihedral.size()", equalTo(8));
    }
  }

  @Test
  void otherRolesAndAnonymousCallersAreRefused() {
    byte[] png = encode(shapes(64, 64), "png");
    given()
        .auth()
        .oauth2(token("auditor", "ID"))
        .contentType("image/png")
        .body(png)
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(403);
    given().contentType("image/png").body(png).post("/api/v1/media/hashes").then().statusCode(401);
  }

  @Test
  void badUploadsAreProblems() {
    String service = token("service", "ID");
    // More pixels than the limit (4 MP in tests), although the PNG itself is small.
    given()
        .auth()
        .oauth2(service)
        .contentType("image/png")
        .body(encode(new BufferedImage(2100, 2000, BufferedImage.TYPE_BYTE_GRAY), "png"))
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("maxPixels", equalTo(4_000_000));
    // More bytes than the body limit.
    byte[] noise = new byte[1_100_000];
    new Random(7).nextBytes(noise);
    given()
        .auth()
        .oauth2(service)
        .contentType("image/png")
        .body(noise)
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    // Not an image type, and an image type the JDK cannot decode.
    given()
        .auth()
        .oauth2(service)
        .contentType("application/pdf")
        .body(new byte[] {1, 2, 3})
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(service)
        .contentType("image/svg+xml")
        .body("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes())
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    // Declared as PNG, but not decodable: random bytes and a truncated PNG.
    byte[] png = encode(shapes(200, 200), "png");
    for (byte[] body : List.of(new byte[] {1, 2, 3, 4, 5}, java.util.Arrays.copyOf(png, 60))) {
      given()
          .auth()
          .oauth2(service)
          .contentType("image/png")
          .body(body)
          .post("/api/v1/media/hashes")
          .then()
          .statusCode(422)
          .contentType("application/problem+json");
    }
  }

  private static String[] names() {
    return java.util.Arrays.stream(Dihedral.values()).map(Enum::name).toArray(String[]::new);
  }

  /** An image with enough structure to have a useful PDQ quality. */
  static BufferedImage shapes(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    Random random = new Random(42);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(random.nextInt(0xFFFFFF)));
      g.fillOval(
          random.nextInt(width),
          random.nextInt(height),
          10 + random.nextInt(width / 3),
          10 + random.nextInt(height / 3));
    }
    g.dispose();
    return image;
  }

  static byte[] encode(BufferedImage image, String format) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
