package com.shopwarden.moderation;

import static io.restassured.RestAssured.given;

import com.shopwarden.contracts.CloudEventAttributes;
import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.testing.CurrentTestDatabase;
import com.shopwarden.testing.TestKafka;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tokens, admin calls, item bodies and database reads shared by the service's tests. */
public final class ModerationFixtures {

  private static final EventJson JSON = new EventJson();

  private ModerationFixtures() {}

  public static String token(String role, String... markets) {
    return com.shopwarden.testing.TestTokens.forUser("user-" + role)
        .roles(role)
        .markets(markets)
        .sign();
  }

  public static String platform() {
    return token("service", "*");
  }

  public static String admin(String market) {
    return com.shopwarden.testing.TestTokens.forUser("ana-admin")
        .roles("policy-admin")
        .markets(market)
        .sign();
  }

  public static ValidatableResponse createList(String market, String name, String language) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("language", language);
    return given()
        .auth()
        .oauth2(admin(market))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/{m}/term-lists", market)
        .then();
  }

  public static ValidatableResponse addTerm(
      String market, String list, String text, String mode, String severity) {
    return given()
        .auth()
        .oauth2(admin(market))
        .contentType(ContentType.JSON)
        .body(Map.of("text", text, "mode", mode, "severity", severity))
        .post("/api/v1/markets/{m}/term-lists/{l}/terms", market, list)
        .then();
  }

  public static ValidatableResponse saveStrategy(
      String market, String name, String expression, String action, String policy, String sev) {
    return given()
        .auth()
        .oauth2(admin(market))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "expression", expression,
                "action", action,
                "policyCode", policy,
                "severity", sev,
                "reasonTemplate", "{policyCode}: {terms} ({strategy})"))
        .put("/api/v1/markets/{m}/strategies/{n}", market, name)
        .then();
  }

  /** A listing body with a seller and a title; tests add or change fields. */
  public static Map<String, Object> listing(String market, String sellerId, String title) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sourcePlatform", "shop-web");
    body.put("externalId", "listing-" + UUID.randomUUID());
    body.put("version", 1);
    body.put("kind", "PRODUCT_LISTING");
    body.put("market", market);
    body.put("language", "en");
    body.put("account", Map.of("sellerId", sellerId));
    body.put("text", new LinkedHashMap<>(Map.of("title", title)));
    return body;
  }

  public static ValidatableResponse submit(Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(platform())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/content")
        .then();
  }

  /** Sends an event as its producer would, with CloudEvents headers. */
  public static void send(DomainEvent event) {
    TestKafka.send(
        EventTypes.of(event).topic(),
        event.partitionKey(),
        JSON.write(event),
        CloudEventAttributes.of(event, "/shopwarden/test-producer").toHeaders());
  }

  /** A single number from the application's database. */
  public static long count(String sql, Object... params) {
    try (Connection c = CurrentTestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows of one text column. */
  public static List<String> strings(String sql, Object... params) {
    try (Connection c = CurrentTestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        List<String> rows = new java.util.ArrayList<>();
        while (r.next()) {
          rows.add(r.getString(1));
        }
        return rows;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
