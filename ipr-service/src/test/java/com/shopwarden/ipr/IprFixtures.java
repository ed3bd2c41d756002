package com.shopwarden.ipr;

import static io.restassured.RestAssured.given;

import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.testing.TestKafka;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Builds organisations, assets and notices through the API, and reads published events. */
public final class IprFixtures {

  public static final EventJson JSON = new EventJson();
  public static final Duration WAIT = Duration.ofSeconds(30);

  /** Contact data the tests file; none of it may ever appear in an event. */
  public static final String EMAIL = "legal-desk@brand.example";

  public static final String PHONE = "+1 212 555 0147";
  public static final String NAME = "Dana Counsel";
  public static final String ADDRESS = "1 Brand Plaza, New York";

  private IprFixtures() {}

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static String agent(String... markets) {
    return com.shopwarden.testing.TestTokens.forUser(unique("agent"))
        .roles("ipr-agent")
        .markets(markets)
        .sign();
  }

  public static String holder(String organisationId) {
    return com.shopwarden.testing.TestTokens.forUser(unique("rh"))
        .roles("rights-holder")
        .organisation(organisationId)
        .sign();
  }

  public static String account(String accountId, String type) {
    return com.shopwarden.testing.TestTokens.forUser(accountId)
        .roles(type.toLowerCase())
        .account(accountId, type)
        .sign();
  }

  public static ValidatableResponse post(String token, String path, Object body) {
    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
  }

  public static ValidatableResponse get(String token, String path) {
    return given().auth().oauth2(token).get(path).then();
  }

  /** A registered organisation with its documents, verified by an agent of {@code market}. */
  public static String verifiedOrganisation(String market) {
    String org = unique("org");
    String token = holder(org);
    post(token, "/api/v1/ipr/organisations", Map.of("legalName", "Brand " + org, "market", market))
        .statusCode(201);
    post(
            token,
            "/api/v1/ipr/organisations/" + org + "/documents",
            Map.of("kind", "IDENTITY", "reference", "doc://id/" + org))
        .statusCode(200);
    post(
            token,
            "/api/v1/ipr/organisations/" + org + "/documents",
            Map.of("kind", "BUSINESS_LICENCE", "reference", "doc://licence/" + org))
        .statusCode(200);
    post(
            agent(market),
            "/api/v1/ipr/organisations/" + org + "/verification",
            Map.of("outcome", "VERIFIED", "note", "documents match"))
        .statusCode(200);
    return org;
  }

  /** A trademark of the organisation, verified (and so published). */
  public static String verifiedTrademark(String org, String market, LocalDate validUntil) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "TRADEMARK");
    body.put("title", "GLOWCO");
    body.put("markText", "GlowCo");
    body.put("registrationNumber", "TM-" + org);
    body.put("office", "USPTO");
    body.put("classes", List.of(3, 25));
    body.put("ownerName", "Brand " + org);
    body.put("validFrom", "2020-01-01");
    body.put("validUntil", validUntil.toString());
    body.put("pdqHashes", List.of("f".repeat(64)));
    body.put("markets", List.of(market));
    String assetId =
        post(holder(org), "/api/v1/ipr/organisations/" + org + "/assets", body)
            .statusCode(201)
            .extract()
            .path("assetId");
    post(
            agent(market),
            "/api/v1/ipr/assets/" + assetId + "/verification",
            Map.of("outcome", "VERIFIED"))
        .statusCode(200);
    return assetId;
  }

  /** A complete notice body for the market, naming one item per account given. */
  public static Map<String, Object> completeNotice(
      String market, String assetId, String... accountIds) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (String accountId : accountIds) {
      items.add(item(unique("video"), accountId, "CREATOR", true));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("market", market);
    body.put("assetIds", List.of(assetId));
    body.put("explanation", "The video sells counterfeit GlowCo serum under our mark.");
    body.put("items", items);
    body.put("contact", Map.of("name", NAME, "email", EMAIL, "phone", PHONE, "address", ADDRESS));
    body.put("signature", "/" + NAME + "/");
    body.put("goodFaithStatement", true);
    body.put("accuracyStatement", true);
    return body;
  }

  public static Map<String, Object> item(
      String contentId, String accountId, String accountType, boolean withLocation) {
    Map<String, Object> item = new HashMap<>();
    item.put("contentId", contentId);
    item.put("contentVersion", 1);
    item.put("contentKind", "CREATOR".equals(accountType) ? "SHORT_VIDEO" : "PRODUCT_LISTING");
    item.put("contentDate", "2025-05-01");
    item.put("language", "en");
    if (withLocation) {
      item.put("location", "https://shop.example/v/" + contentId);
    }
    item.put("accountId", accountId);
    item.put("accountType", accountType);
    return item;
  }

  /** Files with the organisation's own token; returns the notice id. */
  public static String file(String org, Map<String, Object> body) {
    return post(holder(org), "/api/v1/ipr/notices", body)
        .statusCode(201)
        .extract()
        .path("noticeId");
  }

  /** Claims the notice as {@code agentToken} and decides it. */
  public static ValidatableResponse decide(
      String agentToken, String noticeId, String outcome, String reason) {
    post(agentToken, "/api/v1/ipr/notices/" + noticeId + "/claim", Map.of()).statusCode(200);
    Map<String, Object> body = new HashMap<>();
    body.put("outcome", outcome);
    if (reason != null) {
      body.put("reason", reason);
    }
    return post(agentToken, "/api/v1/ipr/notices/" + noticeId + "/decision", body);
  }

  /** Events of one type on a topic that match, reading until {@code count} arrived or timeout. */
  public static <T extends DomainEvent> List<T> events(
      String topic, Class<T> type, Predicate<T> filter, int count, Duration timeout) {
    return TestKafka.read(
            topic,
            r -> {
              DomainEvent event = JSON.read(TestKafka.header(r, "ce_type"), r.value());
              return type.isInstance(event) && filter.test(type.cast(event));
            },
            count,
            timeout)
        .stream()
        .map(r -> type.cast(JSON.read(TestKafka.header(r, "ce_type"), r.value())))
        .toList();
  }

  /**
   * Sets the shared clock. Before it goes back, the outbox is drained: the relay keeps each shard's
   * order, so a row stamped in the clock's future would hold its shard until then.
   */
  public static void moveClock(java.time.Clock clock, java.time.Instant to) {
    com.shopwarden.testing.AdjustableClock adjustable =
        (com.shopwarden.testing.AdjustableClock) clock;
    if (to.isBefore(adjustable.instant())) {
      org.awaitility.Awaitility.await().atMost(WAIT).until(() -> unsentEvents() == 0);
    }
    adjustable.set(to);
  }

  private static long unsentEvents() throws java.sql.SQLException {
    try (java.sql.Connection db = com.shopwarden.testing.CurrentTestDatabase.connect();
        java.sql.ResultSet rows =
            db.createStatement()
                .executeQuery("select count(*) from outbox_event where sent_at is null")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Every raw payload on the topic published so far that mentions the text. */
  public static List<String> payloadsMentioning(String topic, String text) {
    return TestKafka.read(topic, r -> TestKafka.text(r).contains(text), 1, Duration.ofSeconds(3))
        .stream()
        .map(TestKafka::text)
        .toList();
  }
}
