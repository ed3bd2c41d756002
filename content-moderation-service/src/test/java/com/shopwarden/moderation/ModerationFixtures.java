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

  /**
   * Saves a strategy version and puts it in force, as the tests written before the lifecycle
   * expect: the API saves a DRAFT, and the fixture promotes it to ACTIVE directly (retiring the
   * version it replaces), because the promotion gate would need labelled outcomes first. Tests of
   * the lifecycle itself use {@link #draftStrategy}.
   */
  public static ValidatableResponse saveStrategy(
      String market, String name, String expression, String action, String policy, String sev) {
    ValidatableResponse saved = draftStrategy(market, name, expression, action, policy, sev);
    if (saved.extract().statusCode() == 200) {
      activate(market, saved.extract().path("id"), saved.extract().path("version"));
    }
    return saved;
  }

  /** Saves a strategy version through the API: a DRAFT, not evaluated. */
  public static ValidatableResponse draftStrategy(
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

  /** Puts a version in force without the lifecycle, and drops the market's cached policy. */
  public static void activate(String market, String strategyId, int version) {
    execute(
        "update strategy_version set stage = 'RETIRED' where strategy_id = ?::uuid"
            + " and stage = 'ACTIVE' and version <> ? and emergency_until is null",
        strategyId,
        version);
    execute(
        "update strategy_version set stage = 'ACTIVE' where strategy_id = ?::uuid and version = ?",
        strategyId,
        version);
    io.quarkus.arc.Arc.container()
        .instance(com.shopwarden.moderation.screening.MarketPolicyCache.class)
        .get()
        .invalidate(market)
        .await()
        .indefinitely();
  }

  /** Moves a strategy version through the lifecycle API as the market's policy admin. */
  public static ValidatableResponse transition(
      String market, String name, Integer version, String target, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version", version);
    body.put("target", target);
    body.put("reason", reason);
    return given()
        .auth()
        .oauth2(admin(market))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/{m}/strategies/{n}/transitions", market, name)
        .then();
  }

  /**
   * A person's judgement of an item, as the review queues record it, at the application clock's
   * time.
   */
  public static void label(String contentId, String source, boolean violation, String policy) {
    java.time.Instant now =
        io.quarkus.arc.Arc.container().instance(java.time.Clock.class).get().instant();
    execute(
        "insert into moderation_label (id, content_id, market, source, violation, policy_code,"
            + " labelled_by, labelled_at) select gen_random_uuid(), id, market, ?, ?, ?,"
            + " 'fixture-moderator', ? from content_item where id = ?::uuid",
        source,
        violation,
        policy,
        java.sql.Timestamp.from(now),
        contentId);
  }

  /** Runs one statement against the application's database. */
  public static int execute(String sql, Object... params) {
    try (Connection c = CurrentTestDatabase.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
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
