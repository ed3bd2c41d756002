package com.shopwarden.moderation.hashbank;

import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.hashbank.BankFixtures.addEntry;
import static com.shopwarden.moderation.hashbank.BankFixtures.createBank;
import static com.shopwarden.moderation.hashbank.BankFixtures.flipped;
import static com.shopwarden.moderation.hashbank.BankFixtures.load;
import static com.shopwarden.moderation.hashbank.BankFixtures.randomHash;
import static com.shopwarden.moderation.hashbank.BankFixtures.unique;
import static com.shopwarden.moderation.hashbank.BankFixtures.withHashes;
import static com.shopwarden.moderation.hashbank.BankFixtures.withMedia;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.shopwarden.moderation.ModerationFixtures;
import com.shopwarden.testing.CurrentTestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hash-bank matches as CEL signals: thresholds, quality, negative banks, runtime changes. */
@QuarkusTest
class HashBankScreeningTest {

  @Test
  void distanceIsInclusiveAtTheBankThresholdAndStrategiesGiveItMeaning() {
    String bank = unique("fakes");
    String seed = randomHash();
    createBank("ID", bank, "COUNTERFEIT_LOGO", false, 24, null)
        .statusCode(201)
        .body("maxDistance", equalTo(24))
        .body("minQuality", equalTo(50));
    addEntry("ID", bank, seed, 90, "brand-x logo").statusCode(200).body("version", equalTo(2));
    saveStrategy(
            "ID",
            unique("block-logo"),
            "signals.hashes.exists(h, h.kind == \"COUNTERFEIT_LOGO\" && h.distance <= 20)",
            "BLOCK",
            "COUNTERFEIT",
            "HIGH")
        .statusCode(200);
    saveStrategy(
            "ID",
            unique("review-near-logo"),
            "signals.hashes.exists(h, h.bank == \"" + bank + "\")",
            "REVIEW",
            "COUNTERFEIT",
            "MEDIUM")
        .statusCode(200);

    JsonPath blocked =
        submit(withHashes("ID", flipped(seed, 20))).statusCode(201).extract().jsonPath();
    assertThat(blocked.getString("verdict")).isEqualTo("BLOCK");
    assertThat(blocked.getList("signals.hashes")).hasSize(1);
    assertThat(blocked.getString("signals.hashes[0].bank")).isEqualTo(bank);
    assertThat(blocked.getString("signals.hashes[0].kind")).isEqualTo("COUNTERFEIT_LOGO");
    assertThat(blocked.getInt("signals.hashes[0].distance")).isEqualTo(20);
    assertThat(blocked.getString("signals.hashes[0].label")).isEqualTo("brand-x logo");
    assertThat(blocked.getString("signals.hashes[0].hash")).isEqualTo(flipped(seed, 20));

    submit(withHashes("ID", flipped(seed, 21)))
        .statusCode(201)
        .body("verdict", equalTo("REVIEW"))
        .body("signals.hashes[0].distance", equalTo(21));
    submit(withHashes("ID", flipped(seed, 24)))
        .statusCode(201)
        .body("verdict", equalTo("REVIEW"))
        .body("signals.hashes[0].distance", equalTo(24));
    submit(withHashes("ID", flipped(seed, 25)))
        .statusCode(201)
        .body("verdict", equalTo("ALLOW"))
        .body("signals.hashes", hasSize(0));
  }

  @Test
  void aMatchAlsoInANegativeBankIsSuppressedFromTheChangeOn() {
    String bank = unique("removed");
    String negative = unique("known-good");
    String seed = randomHash();
    String query = flipped(seed, 10);
    createBank("ID", bank, "REMOVED_CONTENT", false, null, null).statusCode(201);
    addEntry("ID", bank, seed, 80, "removed video 17").statusCode(200);
    saveStrategy(
            "ID",
            unique("block-reupload"),
            "signals.hashes.exists(h, h.bank == \"" + bank + "\")",
            "BLOCK",
            "REUPLOAD",
            "HIGH")
        .statusCode(200);
    submit(withHashes("ID", query)).statusCode(201).body("verdict", equalTo("BLOCK"));

    // A false positive: an innocent image near the query; the negative bank's distance is 5.
    createBank("ID", negative, "FALSE_POSITIVE", true, 5, null).statusCode(201);
    addEntry("ID", negative, flipped(query, 5), 80, "stock photo").statusCode(200);
    submit(withHashes("ID", query))
        .statusCode(201)
        .body("verdict", equalTo("ALLOW"))
        .body("signals.hashes", hasSize(0));
    // Another hash of the bank, 6 bits from the negative entry, still matches.
    submit(withHashes("ID", flipped(seed, 4)))
        .statusCode(201)
        .body("verdict", equalTo("BLOCK"))
        .body("signals.hashes[0].distance", equalTo(4));
  }

  @Test
  void hashesBelowTheBankMinimumQualityNeverMatch() {
    String bank = unique("prohibited");
    String low = randomHash();
    String good = randomHash();
    createBank("US", bank, "PROHIBITED_ITEM", false, null, 60).statusCode(201);
    load("US", bank, "hash,quality,label\n" + low + ",59,low\n" + good + ",60,good\n")
        .statusCode(200)
        .body("entryCount", equalTo(2));
    saveStrategy(
            "US",
            unique("review-prohibited"),
            "signals.hashes.exists(h, h.kind == \"PROHIBITED_ITEM\" && h.bank == \"" + bank + "\")",
            "REVIEW",
            "PROHIBITED",
            "MEDIUM")
        .statusCode(200);

    // The entry of quality 59 is stored but not indexed.
    submit(withMedia("US", low, 100)).statusCode(201).body("verdict", equalTo("ALLOW"));
    submit(withMedia("US", good, 100))
        .statusCode(201)
        .body("verdict", equalTo("REVIEW"))
        .body("signals.hashes[0].label", equalTo("good"));
    // The item's own hash must reach the minimum too.
    submit(withMedia("US", good, 59)).statusCode(201).body("verdict", equalTo("ALLOW"));
    submit(withMedia("US", good, 60)).statusCode(201).body("verdict", equalTo("REVIEW"));
  }

  @Test
  void removingAnEntryTakesEffectAtOnceAndAnotherReplicasChangeWithinTheRefresh() {
    String bank = unique("prohibited");
    String hash = randomHash();
    createBank("US", bank, "PROHIBITED_ITEM", false, null, null).statusCode(201);
    String entryId =
        addEntry("US", bank, hash, 70, "knife").statusCode(200).extract().path("entries[0].id");
    saveStrategy(
            "US",
            unique("block-bank"),
            "signals.hashes.exists(h, h.bank == \"" + bank + "\")",
            "BLOCK",
            "PROHIBITED",
            "HIGH")
        .statusCode(200);
    submit(withHashes("US", hash)).statusCode(201).body("verdict", equalTo("BLOCK"));

    given()
        .auth()
        .oauth2(ModerationFixtures.admin("US"))
        .delete("/api/v1/markets/US/hash-banks/{b}/entries/{e}", bank, entryId)
        .then()
        .statusCode(200)
        .body("version", equalTo(3))
        .body("entryCount", equalTo(0));
    submit(withHashes("US", hash)).statusCode(201).body("verdict", equalTo("ALLOW"));

    // Another replica adds the entry back: only the database and the change history move.
    String other = randomHash();
    otherReplicaAdds("US", bank, other);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> "BLOCK".equals(submit(withHashes("US", other)).extract().path("verdict")));
  }

  @Test
  void bankChangesAreVersionedAndRecorded() {
    String bank = unique("logos");
    String id =
        createBank("DE", bank, "COUNTERFEIT_LOGO", false, null, null)
            .statusCode(201)
            .extract()
            .path("id");
    addEntry("DE", bank, randomHash(), 70, "a").statusCode(200);
    load("DE", bank, randomHash() + ",70,b\n" + randomHash() + ",71,c, with comma\n")
        .statusCode(200)
        .body("version", equalTo(3))
        .body("entryCount", equalTo(3))
        .body("entries[2].label", equalTo("c, with comma"));
    assertThat(
            count(
                "select count(*) from policy_change where subject = 'HASH_BANK'"
                    + " and subject_id = ? and changed_by = 'ana-admin'",
                UUID.fromString(id)))
        .isEqualTo(3);
    given()
        .auth()
        .oauth2(ModerationFixtures.token("auditor", "DE"))
        .get("/api/v1/markets/DE/hash-banks/{b}", bank)
        .then()
        .statusCode(200)
        .body("version", equalTo(3))
        .body("updatedBy", equalTo("ana-admin"));
    given()
        .auth()
        .oauth2(ModerationFixtures.admin("DE"))
        .get("/api/v1/markets/DE/hash-banks")
        .then()
        .statusCode(200)
        .body("find { it.name == '" + bank + "' }.entryCount", equalTo(3));
  }

  @Test
  void aLargeBankIsReindexedInTheBackgroundWhileItsPreviousIndexAnswers() {
    String bank = unique("large");
    StringBuilder csv = new StringBuilder();
    String first = randomHash();
    csv.append(first).append(",80,first\n");
    // 25 entries: above the tests' background threshold of 20 indexed hashes.
    for (int i = 1; i < 25; i++) {
      csv.append(randomHash()).append(",80,entry ").append(i).append('\n');
    }
    createBank("US", bank, "PROHIBITED_ITEM", false, null, null).statusCode(201);
    load("US", bank, csv.toString()).statusCode(200).body("entryCount", equalTo(25));
    saveStrategy(
            "US",
            unique("block-large"),
            "signals.hashes.exists(h, h.bank == \"" + bank + "\")",
            "BLOCK",
            "PROHIBITED",
            "HIGH")
        .statusCode(200);
    submit(withHashes("US", first)).statusCode(201).body("verdict", equalTo("BLOCK"));

    String added = randomHash();
    addEntry("US", bank, added, 80, "added later").statusCode(200).body("version", equalTo(3));
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> "BLOCK".equals(submit(withHashes("US", added)).extract().path("verdict")));
    submit(withHashes("US", first)).statusCode(201).body("verdict", equalTo("BLOCK"));
  }

  private static void otherReplicaAdds(String market, String bank, String hash) {
    try (Connection c = CurrentTestDatabase.connect()) {
      c.setAutoCommit(false);
      UUID bankId;
      try (PreparedStatement s =
          c.prepareStatement(
              "update hash_bank set version = version + 1 where market = ? and name = ?"
                  + " returning id, version")) {
        s.setString(1, market);
        s.setString(2, bank);
        var r = s.executeQuery();
        r.next();
        bankId = (UUID) r.getObject(1);
        int version = r.getInt(2);
        try (PreparedStatement e =
            c.prepareStatement(
                "insert into hash_bank_entry (id, bank_id, hash, quality, label, created_by,"
                    + " created_at) values (?, ?, ?, 80, 'other replica', 'bob', ?)")) {
          e.setObject(1, UUID.randomUUID());
          e.setObject(2, bankId);
          e.setString(3, hash);
          e.setObject(4, OffsetDateTime.now());
          e.executeUpdate();
        }
        try (PreparedStatement p =
            c.prepareStatement(
                "insert into policy_change (id, market, subject, subject_id, version, change,"
                    + " changed_by, changed_at) values (?, ?, 'HASH_BANK', ?, ?, 'added', 'bob', ?)")) {
          p.setObject(1, UUID.randomUUID());
          p.setString(2, market);
          p.setObject(3, bankId);
          p.setInt(4, version);
          p.setObject(5, OffsetDateTime.now().plusSeconds(1));
          p.executeUpdate();
        }
      }
      c.commit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
