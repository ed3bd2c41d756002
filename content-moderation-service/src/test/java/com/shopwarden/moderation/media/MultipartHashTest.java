package com.shopwarden.moderation.media;

import static com.shopwarden.moderation.ModerationFixtures.token;
import static com.shopwarden.moderation.media.MediaHashTest.encode;
import static com.shopwarden.moderation.media.MediaHashTest.shapes;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.media.pdq.Dihedral;
import com.shopwarden.media.pdq.PdqDihedralDigest;
import com.shopwarden.media.pdq.PdqHasher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/media/hashes} as a {@code multipart/form-data} upload: the {@code file} part
 * is hashed exactly like a raw body, and refused the same way.
 */
@QuarkusTest
class MultipartHashTest {

  @Test
  void theFilePartIsHashedLikeARawBody() {
    BufferedImage image = shapes(300, 200);
    byte[] png = encode(image, "png");
    PdqDihedralDigest expected = new PdqHasher().hashDihedral(image);

    JsonPath answer =
        given()
            .auth()
            .oauth2(token("service", "ID"))
            .multiPart("file", "listing.png", png, "image/png")
            .multiPart("note", "ignored")
            .post("/api/v1/media/hashes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getString("hash")).isEqualTo(expected.hash(Dihedral.ORIGINAL).toHex());
    assertThat(answer.getInt("quality")).isEqualTo(expected.quality());
    assertThat(answer.getList("dihedral.hash", String.class))
        .containsExactlyElementsOf(expected.dihedral().stream().map(h -> h.toHex()).toList());

    String raw =
        given()
            .auth()
            .oauth2(token("service", "ID"))
            .contentType("image/png")
            .body(png)
            .post("/api/v1/media/hashes")
            .then()
            .statusCode(200)
            .extract()
            .path("hash");
    assertThat(answer.getString("hash")).isEqualTo(raw);
    String boundary = "----shopwarden-" + UUID.randomUUID();
    given()
        .auth()
        .oauth2(token("service", "ID"))
        .contentType("multipart/form-data; boundary=" + boundary)
        .body(form(boundary, "listing.png", "image/png", png))
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(200)
        .body("hash", equalTo(raw));

    byte[] jpeg = encode(image, "jpg");
    for (String role : List.of("moderator", "policy-admin")) {
      given()
          .auth()
          .oauth2(token(role, "DE"))
          .multiPart("file", "photo.jpg", jpeg, "image/jpeg")
          .post("/api/v1/media/hashes")
          .then()
          .statusCode(200)
          .body("dihedral.size()", equalTo(8));
    }
  }

  @Test
  void otherRolesAndAnonymousCallersAreRefused() {
    byte[] png = encode(shapes(64, 64), "png");
    for (String role : List.of("auditor", "investigator", "senior-moderator")) {
      given()
          .auth()
          .oauth2(token(role, "ID"))
          .multiPart("file", "a.png", png, "image/png")
          .post("/api/v1/media/hashes")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    given()
        .multiPart("file", "a.png", png, "image/png")
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(401);
  }

  @Test
  void badUploadsAreTheSameProblemsAsRawBodies() {
    String service = token("service", "ID");
    byte[] png = encode(shapes(200, 200), "png");
    // No file part, or two.
    given()
        .auth()
        .oauth2(service)
        .multiPart("image", "a.png", png, "image/png")
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"));
    given()
        .auth()
        .oauth2(service)
        .multiPart("file", "a.png", png, "image/png")
        .multiPart("file", "b.png", png, "image/png")
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("file"));
    // More pixels than the limit (4 MP in tests), and more bytes than the body limit.
    given()
        .auth()
        .oauth2(service)
        .multiPart(
            "file",
            "big.png",
            encode(new BufferedImage(2100, 2000, BufferedImage.TYPE_BYTE_GRAY), "png"),
            "image/png")
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("maxPixels", equalTo(4_000_000));
    byte[] noise = new byte[1_100_000];
    new Random(11).nextBytes(noise);
    // A form with its length declared (as browsers and curl send it) is refused before it is read.
    String boundary = "----shopwarden-" + UUID.randomUUID();
    given()
        .auth()
        .oauth2(service)
        .contentType("multipart/form-data; boundary=" + boundary)
        .body(form(boundary, "noise.png", "image/png", noise))
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    // A chunked one is cut off when the limit is reached: Quarkus answers 413 itself, no body.
    given()
        .auth()
        .oauth2(service)
        .multiPart("file", "noise.png", noise, "image/png")
        .post("/api/v1/media/hashes")
        .then()
        .statusCode(413);
    // The part's type is what counts: not an image, or an image the JDK cannot decode.
    for (String type : List.of("application/octet-stream", "image/svg+xml")) {
      given()
          .auth()
          .oauth2(service)
          .multiPart("file", "x", new byte[] {1, 2, 3}, type)
          .post("/api/v1/media/hashes")
          .then()
          .statusCode(415)
          .contentType("application/problem+json");
    }
    // Declared as PNG but not decodable: empty, random and truncated.
    for (byte[] body : List.of(new byte[0], new byte[] {1, 2, 3, 4}, Arrays.copyOf(png, 60))) {
      given()
          .auth()
          .oauth2(service)
          .multiPart("file", "broken.png", body, "image/png")
          .post("/api/v1/media/hashes")
          .then()
          .statusCode(422)
          .contentType("application/problem+json");
    }
  }

  /** A one-part form as bytes, so that the request declares its length. */
  private static byte[] form(String boundary, String filename, String type, byte[] content) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + filename
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
