package com.shopwarden.moderation.hashbank;

import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static com.shopwarden.moderation.hashbank.BankFixtures.addEntry;
import static com.shopwarden.moderation.hashbank.BankFixtures.change;
import static com.shopwarden.moderation.hashbank.BankFixtures.createBank;
import static com.shopwarden.moderation.hashbank.BankFixtures.flipped;
import static com.shopwarden.moderation.hashbank.BankFixtures.load;
import static com.shopwarden.moderation.hashbank.BankFixtures.randomHash;
import static com.shopwarden.moderation.hashbank.BankFixtures.retire;
import static com.shopwarden.moderation.hashbank.BankFixtures.unique;
import static com.shopwarden.moderation.hashbank.BankFixtures.withHashes;
import static com.shopwarden.moderation.hashbank.BankFixtures.withMedia;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.shopwarden.moderation.ModerationFixtures;
import com.shopwarden.testing.CurrentTestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Changing a bank's settings and retiring it, in market DE: versioned, recorded, effective for the
 * next item and in every replica; what a bank is cannot change. Each test's strategies read only
 * its own bank, and its assertions read only its own bank's matches.
 */
@QuarkusTest
class HashBankLifecycleTest {

  private static final String DE = "DE";

  @Test
  void changedThresholdsApplyToTheNextItemAndAreVersionedAndRecorded() {
    String bank = unique("thresholds");
    String seed = randomHash();
    String id =
        createBank(DE, bank, "LIFECYCLE_ITEM", false, null, null)
            .statusCode(201)
            .extract()
            .path("id");
    addEntry(DE, bank, seed, 80, "seed").statusCode(200).body("version", equalTo(2));
    reviewMatchesOf(bank);
    assertThat(distances(withHashes(DE, flipped(seed, 25)), bank)).containsExactly(25);

    change(DE, bank, Map.of("maxDistance", 20, "description", "tightened after false positives"))
        .statusCode(200)
        .body("version", equalTo(3))
        .body("maxDistance", equalTo(20))
        .body("minQuality", equalTo(50))
        .body("description", equalTo("tightened after false positives"))
        .body("updatedBy", equalTo("ana-admin"));
    assertThat(distances(withHashes(DE, flipped(seed, 25)), bank)).isEmpty();
    assertThat(distances(withHashes(DE, flipped(seed, 20)), bank)).containsExactly(20);

    // The entry's quality (80) is now below the bank's minimum: it is stored but not matched.
    change(DE, bank, Map.of("minQuality", 90)).statusCode(200).body("version", equalTo(4));
    assertThat(distances(withHashes(DE, seed), bank)).isEmpty();
    change(DE, bank, Map.of("minQuality", 70)).statusCode(200).body("version", equalTo(5));
    // Items below the minimum are not looked up either.
    assertThat(distances(withMedia(DE, seed, 69), bank)).isEmpty();
    assertThat(distances(withMedia(DE, seed, 70), bank)).containsExactly(0);

    // The same values again, and an empty change, change nothing: no version, no record.
    change(DE, bank, Map.of("maxDistance", 20, "minQuality", 70))
        .statusCode(200)
        .body("version", equalTo(5));
    change(DE, bank, Map.of()).statusCode(200).body("version", equalTo(5));
    // An empty description removes it.
    change(DE, bank, Map.of("description", ""))
        .statusCode(200)
        .body("version", equalTo(6))
        .body("description", nullValue());

    assertThat(
            strings(
                "select change from policy_change where subject = 'HASH_BANK' and subject_id = ?"
                    + " order by version",
                UUID.fromString(id)))
        .containsExactly(
            "created",
            "added " + seed,
            "settings: maxDistance 31 -> 20; description",
            "settings: minQuality 50 -> 90",
            "settings: minQuality 90 -> 70",
            "settings: description");
  }

  @Test
  void whatABankIsCannotChange() {
    String bank = unique("immutable");
    createBank(DE, bank, "LIFECYCLE_ITEM", false, null, null).statusCode(201);
    change(DE, bank, Map.of("negative", true))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("negative"));
    change(DE, bank, Map.of("kind", "COUNTERFEIT_LOGO", "maxDistance", 10))
        .statusCode(409)
        .body("errors[0].field", equalTo("kind"));
    // Sending back what was read is fine; nothing of a refused change was applied.
    change(DE, bank, Map.of("kind", "LIFECYCLE_ITEM", "negative", false))
        .statusCode(200)
        .body("version", equalTo(1))
        .body("maxDistance", equalTo(31));
    change(DE, bank, Map.of("maxDistance", 129))
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.containsString("maxDistance"));
    change(DE, bank, Map.of("minQuality", -1))
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.containsString("minQuality"));
    change(DE, bank, Map.of("name", "renamed"))
        .statusCode(409)
        .body("errors[0].field", equalTo("name"));
    change(DE, unique("missing"), Map.of("maxDistance", 10)).statusCode(404);
    assertThat(count("select count(*) from hash_bank where name = ? and version = 1", bank))
        .isEqualTo(1);
  }

  @Test
  void anotherReplicasSettingsChangeAppliesWithinTheRefresh() {
    String bank = unique("replica-settings");
    String seed = randomHash();
    createBank(DE, bank, "LIFECYCLE_ITEM", false, null, null).statusCode(201);
    addEntry(DE, bank, seed, 80, "seed").statusCode(200);
    reviewMatchesOf(bank);
    assertThat(distances(withHashes(DE, flipped(seed, 25)), bank)).containsExactly(25);

    otherReplicaSetsMaxDistance(bank, 10);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> distances(withHashes(DE, flipped(seed, 25)), bank).isEmpty());
    assertThat(distances(withHashes(DE, flipped(seed, 10)), bank)).containsExactly(10);
  }

  @Test
  void aRetiredBankStopsMatchingAndIsKeptForAudit() {
    String bank = unique("retired");
    String seed = randomHash();
    createBank(DE, bank, "LIFECYCLE_ITEM", false, null, null).statusCode(201);
    load(DE, bank, seed + ",80,one\n" + randomHash() + ",80,two\n").statusCode(200);
    reviewMatchesOf(bank);
    assertThat(distances(withHashes(DE, seed), bank)).containsExactly(0);

    retire(DE, bank)
        .statusCode(200)
        .body("status", equalTo("RETIRED"))
        .body("retiredBy", equalTo("ana-admin"))
        .body("retiredAt", notNullValue())
        .body("version", equalTo(3))
        .body("entryCount", equalTo(2));
    assertThat(distances(withHashes(DE, seed), bank)).isEmpty();
    // Kept: listed with its status, readable with its entries, its history recorded.
    given()
        .auth()
        .oauth2(token("auditor", DE))
        .get("/api/v1/markets/DE/hash-banks")
        .then()
        .statusCode(200)
        .body("find { it.name == '" + bank + "' }.status", equalTo("RETIRED"))
        .body("find { it.name == '" + bank + "' }.entryCount", equalTo(2));
    given()
        .auth()
        .oauth2(token("auditor", DE))
        .get("/api/v1/markets/DE/hash-banks/{b}", bank)
        .then()
        .statusCode(200)
        .body("entries.label", equalTo(List.of("one", "two")));
    assertThat(
            count(
                "select count(*) from policy_change p join hash_bank b on b.id = p.subject_id"
                    + " where b.name = ? and p.change = 'retired' and p.changed_by = 'ana-admin'",
                bank))
        .isEqualTo(1);

    // Retired banks no longer change; retiring again is harmless; the name stays taken.
    addEntry(DE, bank, randomHash(), 80, "late").statusCode(409);
    load(DE, bank, randomHash() + ",80,late\n").statusCode(409);
    change(DE, bank, Map.of("maxDistance", 5))
        .statusCode(409)
        .contentType("application/problem+json");
    retire(DE, bank).statusCode(200).body("version", equalTo(3));
    createBank(DE, bank, "LIFECYCLE_ITEM", false, null, null).statusCode(409);
  }

  @Test
  void aRetiredNegativeBankNoLongerSuppresses() {
    String bank = unique("positive");
    String negative = unique("negative");
    String seed = randomHash();
    createBank(DE, bank, "LIFECYCLE_ITEM", false, null, null).statusCode(201);
    addEntry(DE, bank, seed, 80, "seed").statusCode(200);
    createBank(DE, negative, "FALSE_POSITIVE", true, 3, null).statusCode(201);
    addEntry(DE, negative, flipped(seed, 2), 80, "stock photo").statusCode(200);
    reviewMatchesOf(bank);
    assertThat(distances(withHashes(DE, seed), bank)).isEmpty();

    retire(DE, negative).statusCode(200).body("status", equalTo("RETIRED"));
    assertThat(distances(withHashes(DE, seed), bank)).containsExactly(0);
  }

  @Test
  void onlyPolicyAdminsOfTheMarketChangeOrRetireBanks() {
    String bank = unique("guarded");
    createBank(DE, bank, "LIFECYCLE_ITEM", false, null, null).statusCode(201);
    Map<String, Object> settings = Map.of("maxDistance", 12);
    for (String wrong : List.of(token("moderator", DE), token("auditor", DE), admin("MY"))) {
      given()
          .auth()
          .oauth2(wrong)
          .contentType(ContentType.JSON)
          .body(settings)
          .patch("/api/v1/markets/DE/hash-banks/{b}", bank)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(wrong)
          .delete("/api/v1/markets/DE/hash-banks/{b}", bank)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    given()
        .contentType(ContentType.JSON)
        .body(settings)
        .patch("/api/v1/markets/DE/hash-banks/{b}", bank)
        .then()
        .statusCode(401);
    given().delete("/api/v1/markets/DE/hash-banks/{b}", bank).then().statusCode(401);
    // Nothing of the refused calls took effect.
    given()
        .auth()
        .oauth2(admin(DE))
        .get("/api/v1/markets/DE/hash-banks/{b}", bank)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("maxDistance", equalTo(31))
        .body("status", equalTo("ACTIVE"));

    change(DE, bank, settings).statusCode(200).body("maxDistance", equalTo(12));
    retire(DE, bank).statusCode(200).body("status", equalTo("RETIRED"));
  }

  private static String admin(String market) {
    return ModerationFixtures.admin(market);
  }

  /** A REVIEW strategy on any match of this bank, so its matches reach the decision. */
  private static void reviewMatchesOf(String bank) {
    saveStrategy(
            DE,
            unique("review-" + bank),
            "signals.hashes.exists(h, h.bank == \"" + bank + "\")",
            "REVIEW",
            "LIFECYCLE",
            "MEDIUM")
        .statusCode(200);
  }

  /** The distances of the item's matches in this bank (other tests' banks are ignored). */
  private static List<Integer> distances(Map<String, Object> item, String bank) {
    return submit(item)
        .statusCode(201)
        .extract()
        .jsonPath()
        .getList("signals.hashes.findAll { it.bank == '" + bank + "' }.distance", Integer.class);
  }

  private static void otherReplicaSetsMaxDistance(String bank, int maxDistance) {
    try (Connection c = CurrentTestDatabase.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "update hash_bank set max_distance = ?, version = version + 1"
                  + " where market = ? and name = ? returning id, version")) {
        s.setInt(1, maxDistance);
        s.setString(2, DE);
        s.setString(3, bank);
        var r = s.executeQuery();
        r.next();
        try (PreparedStatement p =
            c.prepareStatement(
                "insert into policy_change (id, market, subject, subject_id, version, change,"
                    + " changed_by, changed_at) values (?, ?, 'HASH_BANK', ?, ?, ?, 'bob', ?)")) {
          p.setObject(1, UUID.randomUUID());
          p.setString(2, DE);
          p.setObject(3, r.getObject(1));
          p.setInt(4, r.getInt(2));
          p.setString(5, "settings: maxDistance 31 -> " + maxDistance);
          p.setObject(6, OffsetDateTime.now().plusSeconds(1));
          p.executeUpdate();
        }
      }
      c.commit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
