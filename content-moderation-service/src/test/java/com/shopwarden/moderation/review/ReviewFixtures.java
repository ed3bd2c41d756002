package com.shopwarden.moderation.review;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static io.restassured.RestAssured.given;

import com.shopwarden.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Review test helpers: a flagging policy per market and policy code, flagged items, moderators'
 * tokens and calls. Each test class routes its items into queues no other test class uses, and
 * drains a queue (claims and clears what waits) before it relies on its order.
 */
final class ReviewFixtures {

  static final String[] SEVERITIES = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};

  private ReviewFixtures() {}

  /**
   * A term list {@code list} with one whole-word term per severity ({@code <word><severity>} in
   * lower case, e.g. {@code qzprohiblow}) and a REVIEW strategy per severity with the given policy.
   */
  static void flaggingPolicy(String market, String list, String word, String policyCode) {
    createList(market, list, null).statusCode(201);
    for (String severity : SEVERITIES) {
      addTerm(market, list, term(word, severity), "WHOLE_WORD", severity).statusCode(200);
      saveStrategy(
              market,
              list + "-" + severity.toLowerCase(),
              "signals.terms.exists(t, t.list == \""
                  + list
                  + "\" && t.severity == \""
                  + severity
                  + "\")",
              "REVIEW",
              policyCode,
              severity)
          .statusCode(200);
    }
  }

  static String term(String word, String severity) {
    return word + severity.toLowerCase();
  }

  /** An item body whose title carries the flagging term of a severity. */
  static Map<String, Object> item(
      String market, String language, String kind, String word, String severity) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sourcePlatform", "shop-web");
    body.put("externalId", "item-" + UUID.randomUUID());
    body.put("version", 1);
    body.put("kind", kind);
    body.put("market", market);
    body.put("language", language);
    String account = "acct-" + UUID.randomUUID();
    body.put(
        "account",
        kind.equals("PRODUCT_LISTING")
            ? Map.of("sellerId", account)
            : Map.of("creatorId", account));
    body.put("text", new LinkedHashMap<>(Map.of("title", "look " + term(word, severity) + " now")));
    return body;
  }

  static String moderator(String subject, String... markets) {
    return TestTokens.forUser(subject).roles("moderator").markets(markets).sign();
  }

  static String senior(String subject, String... markets) {
    return TestTokens.forUser(subject).roles("senior-moderator").markets(markets).sign();
  }

  static Response claim(String token, String queue) {
    return given().auth().oauth2(token).post("/api/v1/review/queues/{q}/claim", queue);
  }

  static ValidatableResponse decide(String token, Object taskId, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/review/tasks/{id}/decision", taskId)
        .then();
  }

  static Map<String, Object> uphold(String policyCode, String severity) {
    return Map.of(
        "outcome", "UPHOLD", "policyCode", policyCode, "severity", severity, "note", "seen it");
  }

  static Map<String, Object> clear() {
    return Map.of("outcome", "CLEAR");
  }

  /** Claims and clears every waiting task of a queue, so a test sees only its own tasks. */
  static void drain(String queue) {
    String market = queue.substring(0, queue.indexOf('.'));
    String drainer = senior("drainer", market);
    for (int i = 0; i < 1000; i++) {
      Response claimed = claim(drainer, queue);
      if (claimed.statusCode() == 204) {
        return;
      }
      String id = claimed.then().statusCode(200).extract().path("id");
      decide(drainer, id, clear()).statusCode(200);
    }
    throw new AssertionError(queue + " did not drain");
  }
}
