package com.shopwarden.moderation.termlist;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.admin;
import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy admin API: roles and markets, versions and history, compile errors, live effect. */
@QuarkusTest
class PolicyAdminTest {

  @Test
  void onlyPolicyAdminsOfTheMarketChangeLists() {
    Map<String, Object> body = Map.of("name", "roles-check");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/DE/term-lists")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(token("moderator", "DE"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/DE/term-lists")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(admin("ID"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/DE/term-lists")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token("moderator", "DE"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "expression",
                "true",
                "action",
                "ALLOW",
                "policyCode",
                "X",
                "severity",
                "LOW",
                "reasonTemplate",
                "r"))
        .put("/api/v1/markets/DE/strategies/roles-check")
        .then()
        .statusCode(403);
    createList("DE", "roles-check", "de").statusCode(201).body("version", equalTo(1));
    given()
        .auth()
        .oauth2(token("moderator", "DE"))
        .get("/api/v1/markets/DE/term-lists")
        .then()
        .statusCode(200)
        .body("name", hasItem("roles-check"));
  }

  @Test
  void everyChangeRaisesTheVersionAndIsRecordedWithWhoAndWhen() {
    String id = createList("DE", "versioned", "de").statusCode(201).extract().path("id");
    addTerm("DE", "versioned", "Fälschung", "WHOLE_WORD", "HIGH")
        .statusCode(200)
        .body("version", equalTo(2))
        .body("updatedBy", equalTo("ana-admin"));
    String entryId =
        given()
            .auth()
            .oauth2(admin("DE"))
            .contentType(ContentType.JSON)
            .body(Map.of("text", "Fälschungssicher"))
            .post("/api/v1/markets/DE/term-lists/versioned/exceptions")
            .then()
            .statusCode(200)
            .body("version", equalTo(3))
            .extract()
            .path("entries.find { it.kind == 'EXCEPTION' }.id");
    given()
        .auth()
        .oauth2(admin("DE"))
        .delete("/api/v1/markets/DE/term-lists/versioned/entries/{e}", entryId)
        .then()
        .statusCode(200)
        .body("version", equalTo(4))
        .body("entries.kind", equalTo(List.of("TERM")));
    assertThat(
            strings(
                "select version || ':' || changed_by from policy_change"
                    + " where subject_id = ?::uuid order by version",
                id))
        .containsExactly("1:ana-admin", "2:ana-admin", "3:ana-admin", "4:ana-admin");
  }

  @Test
  void termsWithNothingToMatchOrUnknownLanguagesAreRefused() {
    createList("DE", "refusals", null).statusCode(201);
    addTerm("DE", "refusals", " -- ", "WHOLE_WORD", "LOW")
        .statusCode(400)
        .body("errors[0].field", equalTo("text"));
    given()
        .auth()
        .oauth2(admin("DE"))
        .contentType(ContentType.JSON)
        .body(
            Map.of("text", "x", "mode", "SUBSTRING", "severity", "LOW", "languages", List.of("xx")))
        .post("/api/v1/markets/DE/term-lists/refusals/terms")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("languages"));
    addTerm("DE", "no-such-list", "abc", "WHOLE_WORD", "LOW").statusCode(404);
  }

  @Test
  void strategyCompileErrorsAre400NamingThePosition() {
    saveStrategy("DE", "broken", "signals.terms.exists(t, t.list == )", "BLOCK", "P", "HIGH")
        .statusCode(400)
        .body("errors[0].field", equalTo("expression"))
        .body("detail", containsString("line 1, column 35"))
        .body("line", equalTo(1))
        .body("column", equalTo(35));
    saveStrategy("DE", "broken", "content.kind + 1 > unknown_var", "BLOCK", "P", "HIGH")
        .statusCode(400)
        .body("detail", containsString("unknown_var"));
    given()
        .auth()
        .oauth2(admin("DE"))
        .get("/api/v1/markets/DE/strategies/broken")
        .then()
        .statusCode(404);
  }

  @Test
  void strategiesAreVersioned() {
    saveStrategy("DE", "versions", "content.kind == \"IMAGE\"", "REVIEW", "P-1", "LOW")
        .statusCode(200)
        .body("version", equalTo(1))
        .body("families", equalTo(List.of()));
    saveStrategy(
            "DE",
            "versions",
            "content.kind == \"IMAGE\" && signals.terms.size() > 0 && account.tier == \"AT_RISK\"",
            "BLOCK",
            "P-1",
            "HIGH")
        .statusCode(200)
        .body("version", equalTo(2))
        .body("families", equalTo(List.of("ACCOUNT", "TERMS")))
        .body("createdBy", equalTo("ana-admin"));
    given()
        .auth()
        .oauth2(token("auditor", "DE"))
        .queryParam("version", 1)
        .get("/api/v1/markets/DE/strategies/versions")
        .then()
        .statusCode(200)
        .body("action", equalTo("REVIEW"));
    given()
        .auth()
        .oauth2(token("auditor", "DE"))
        .get("/api/v1/markets/DE/strategies/versions")
        .then()
        .statusCode(200)
        .body("version", equalTo(2));
  }

  @Test
  void changesTakeEffectWithoutRestart() {
    Map<String, Object> first = listing("US", "seller-live", "genuine zorblax pills");
    submit(first).statusCode(201).body("verdict", equalTo("ALLOW"));

    createList("US", "live-drugs", "en").statusCode(201);
    String entryId =
        addTerm("US", "live-drugs", "zorblax", "WHOLE_WORD", "CRITICAL")
            .statusCode(200)
            .extract()
            .path("entries[0].id");
    saveStrategy(
            "US",
            "block-live-drugs",
            "signals.terms.exists(t, t.list == \"live-drugs\")",
            "BLOCK",
            "DRUGS",
            "CRITICAL")
        .statusCode(200);
    submit(listing("US", "seller-live", "genuine z0rbl@x pills"))
        .statusCode(201)
        .body("verdict", equalTo("BLOCK"))
        .body("signals.terms[0].excerpt", equalTo("z0rbl@x"));

    given()
        .auth()
        .oauth2(admin("US"))
        .delete("/api/v1/markets/US/term-lists/live-drugs/entries/{e}", entryId)
        .then()
        .statusCode(200);
    submit(listing("US", "seller-live", "genuine zorblax pills"))
        .statusCode(201)
        .body("verdict", equalTo("ALLOW"));
    assertThat(count("select count(*) from content_item where seller_account_id = 'seller-live'"))
        .isEqualTo(3);
  }

  @Test
  void aChangeMadeByAnotherReplicaIsPickedUpWithoutRestart() throws Exception {
    String listId = createList("DE", "replica-sync", "de").statusCode(201).extract().path("id");
    addTerm("DE", "replica-sync", "Glimmerstein", "WHOLE_WORD", "HIGH").statusCode(200);
    saveStrategy(
            "DE",
            "block-replica-sync",
            "signals.terms.exists(t, t.list == \"replica-sync\")",
            "BLOCK",
            "REPLICA-SYNC",
            "HIGH")
        .statusCode(200);
    Map<String, Object> glimmer = listing("DE", "seller-sync", "echter Glimmerstein");
    glimmer.put("language", "de");
    submit(glimmer).statusCode(201).body("verdict", equalTo("BLOCK"));

    // Another replica adds a term: only the database changes, this replica's cache is not told.
    try (java.sql.Connection c = com.shopwarden.testing.CurrentTestDatabase.connect();
        java.sql.Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into term_entry (id, list_id, kind, text, mode, severity, languages, created_by,"
              + " created_at) values (gen_random_uuid(), '"
              + listId
              + "', 'TERM', 'Mondquarz', 'WHOLE_WORD', 'HIGH', '', 'other-replica', now())");
      s.executeUpdate(
          "insert into policy_change (id, market, subject, subject_id, version, change, changed_by,"
              + " changed_at) values (gen_random_uuid(), 'DE', 'TERM_LIST', '"
              + listId
              + "', 3, 'added term Mondquarz', 'other-replica', now())");
    }
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .pollInterval(java.time.Duration.ofMillis(500))
        .until(
            () -> {
              Map<String, Object> body = listing("DE", "seller-sync", "MONDQUARZ kaufen");
              body.put("language", "de");
              return "BLOCK".equals(submit(body).statusCode(201).extract().path("verdict"));
            });
  }
}
