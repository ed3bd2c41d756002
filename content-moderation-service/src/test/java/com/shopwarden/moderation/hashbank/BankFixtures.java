package com.shopwarden.moderation.hashbank;

import static io.restassured.RestAssured.given;

import com.shopwarden.moderation.ModerationFixtures;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Hashes and hash-bank admin calls for the bank tests. */
final class BankFixtures {

  private static final Random RANDOM = new Random();

  private BankFixtures() {}

  /** A random 256-bit hash with 128 bits set, as PDQ hashes have, in hex. */
  static String randomHash() {
    boolean[] bits = new boolean[256];
    int set = 0;
    while (set < 128) {
      int b = RANDOM.nextInt(256);
      if (!bits[b]) {
        bits[b] = true;
        set++;
      }
    }
    return hex(bits);
  }

  /** {@code hex} with its first {@code n} bits inverted: exactly {@code n} bits away. */
  static String flipped(String hex, int n) {
    boolean[] bits = bits(hex);
    for (int i = 0; i < n; i++) {
      bits[i] = !bits[i];
    }
    return hex(bits);
  }

  private static boolean[] bits(String hex) {
    boolean[] bits = new boolean[256];
    for (int d = 0; d < 64; d++) {
      int v = Character.digit(hex.charAt(d), 16);
      for (int b = 0; b < 4; b++) {
        bits[d * 4 + b] = (v & (8 >> b)) != 0;
      }
    }
    return bits;
  }

  private static String hex(boolean[] bits) {
    StringBuilder s = new StringBuilder(64);
    for (int d = 0; d < 64; d++) {
      int v = 0;
      for (int b = 0; b < 4; b++) {
        v = v << 1 | (bits[d * 4 + b] ? 1 : 0);
      }
      s.append(Character.forDigit(v, 16));
    }
    return s.toString();
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static ValidatableResponse createBank(
      String market, String name, String kind, boolean negative, Integer distance, Integer q) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("kind", kind);
    body.put("negative", negative);
    body.put("maxDistance", distance);
    body.put("minQuality", q);
    return given()
        .auth()
        .oauth2(ModerationFixtures.admin(market))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/{m}/hash-banks", market)
        .then();
  }

  static ValidatableResponse addEntry(
      String market, String bank, String hash, int quality, String label) {
    return given()
        .auth()
        .oauth2(ModerationFixtures.admin(market))
        .contentType(ContentType.JSON)
        .body(Map.of("hash", hash, "quality", quality, "label", label))
        .post("/api/v1/markets/{m}/hash-banks/{b}/entries", market, bank)
        .then();
  }

  static ValidatableResponse load(String market, String bank, String csv) {
    return given()
        .auth()
        .oauth2(ModerationFixtures.admin(market))
        .contentType("text/csv")
        .body(csv)
        .post("/api/v1/markets/{m}/hash-banks/{b}/entries/csv", market, bank)
        .then();
  }

  /** {@code PATCH}es a bank's settings as the market's policy admin. */
  static ValidatableResponse change(String market, String bank, Map<String, Object> settings) {
    return given()
        .auth()
        .oauth2(ModerationFixtures.admin(market))
        .contentType(ContentType.JSON)
        .body(settings)
        .patch("/api/v1/markets/{m}/hash-banks/{b}", market, bank)
        .then();
  }

  /** Retires a bank ({@code DELETE}) as the market's policy admin. */
  static ValidatableResponse retire(String market, String bank) {
    return given()
        .auth()
        .oauth2(ModerationFixtures.admin(market))
        .delete("/api/v1/markets/{m}/hash-banks/{b}", market, bank)
        .then();
  }

  /** One page of a bank's entries as the market's policy admin. */
  static ValidatableResponse entries(String market, String bank, String after, Integer limit) {
    var request = given().auth().oauth2(ModerationFixtures.admin(market));
    if (after != null) {
      request = request.queryParam("after", after);
    }
    if (limit != null) {
      request = request.queryParam("limit", limit);
    }
    return request.get("/api/v1/markets/{m}/hash-banks/{b}/entries", market, bank).then();
  }

  /** A listing carrying media hashes with their quality. */
  static Map<String, Object> withMedia(String market, String hash, int quality) {
    Map<String, Object> body = ModerationFixtures.listing(market, "s-" + UUID.randomUUID(), "bag");
    body.put("media", List.of(Map.of("pdqHash", hash, "quality", quality)));
    return body;
  }

  /** A listing carrying upstream hashes without quality. */
  static Map<String, Object> withHashes(String market, String... hashes) {
    Map<String, Object> body = ModerationFixtures.listing(market, "s-" + UUID.randomUUID(), "bag");
    body.put("pdqHashes", List.of(hashes));
    return body;
  }
}
