package com.shopwarden.moderation.hashbank;

import static com.shopwarden.moderation.ModerationFixtures.token;
import static com.shopwarden.moderation.hashbank.BankFixtures.addEntry;
import static com.shopwarden.moderation.hashbank.BankFixtures.createBank;
import static com.shopwarden.moderation.hashbank.BankFixtures.entries;
import static com.shopwarden.moderation.hashbank.BankFixtures.load;
import static com.shopwarden.moderation.hashbank.BankFixtures.randomHash;
import static com.shopwarden.moderation.hashbank.BankFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.shopwarden.moderation.ModerationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every entry of a bank is reachable through cursor pages, in the order it was added. */
@QuarkusTest
class HashBankEntriesTest {

  @Test
  void pagesWalkEveryEntryInInsertionOrder() {
    String bank = unique("paged");
    createBank("US", bank, "PAGING_ITEM", false, null, null).statusCode(201);
    List<String> hashes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    StringBuilder csv = new StringBuilder("hash,quality,label\n");
    for (int i = 0; i < 620; i++) {
      String hash = randomHash();
      hashes.add(hash);
      labels.add("row " + i);
      csv.append(hash).append(",80,row ").append(i).append('\n');
    }
    // One bulk load: every entry has the same creation time, the file's order must still hold.
    load("US", bank, csv.toString())
        .statusCode(200)
        .body("entryCount", equalTo(620))
        .body("entries", hasSize(100))
        .body("entries[99].label", equalTo("row 99"))
        .body("nextEntries", notNullValue());
    String late = randomHash();
    addEntry("US", bank, late, 70, "added later").statusCode(200);
    hashes.add(late);
    labels.add("added later");

    List<String> seenHashes = new ArrayList<>();
    List<String> seenLabels = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String after = null;
    do {
      JsonPath page = entries("US", bank, after, 250).statusCode(200).extract().jsonPath();
      sizes.add(page.getList("entries").size());
      seenHashes.addAll(page.getList("entries.hash", String.class));
      seenLabels.addAll(page.getList("entries.label", String.class));
      after = page.getString("nextCursor");
    } while (after != null);
    assertThat(sizes).containsExactly(250, 250, 121);
    assertThat(seenHashes).isEqualTo(hashes);
    assertThat(seenLabels).isEqualTo(labels);

    // The default page is 100; the largest is 500.
    entries("US", bank, null, null).statusCode(200).body("entries", hasSize(100));
    entries("US", bank, null, 500)
        .statusCode(200)
        .body("entries", hasSize(500))
        .body("entries[499].label", equalTo("row 499"));
    entries("US", bank, null, 501).statusCode(400).body("errors[0].field", containsString("limit"));
    entries("US", bank, null, 0).statusCode(400);
    String end = entries("US", bank, null, 500).extract().path("nextCursor");
    entries("US", bank, end, 500)
        .statusCode(200)
        .body("entries", hasSize(121))
        .body("nextCursor", nullValue());
  }

  @Test
  void aCursorThatIsNotOneIsRefusedNamingIt() {
    String bank = unique("cursor");
    createBank("US", bank, "PAGING_ITEM", false, null, null).statusCode(201);
    addEntry("US", bank, randomHash(), 80, "only").statusCode(200);
    String forged = Base64.getUrlEncoder().encodeToString("x12".getBytes(StandardCharsets.UTF_8));
    for (String bad : List.of("%%%", "not-base64!", forged)) {
      entries("US", bank, bad, 10)
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("after"));
    }
    entries("US", bank, null, 10)
        .statusCode(200)
        .body("entries.label", equalTo(List.of("only")))
        .body("nextCursor", nullValue());
    entries("US", unique("missing"), null, 10).statusCode(404);
  }

  @Test
  void policyAdminsAndAuditorsOfTheMarketReadEntries() {
    String bank = unique("read");
    createBank("US", bank, "PAGING_ITEM", false, null, null).statusCode(201);
    addEntry("US", bank, randomHash(), 80, "x").statusCode(200);
    for (String allowed : List.of(ModerationFixtures.admin("US"), token("auditor", "US"))) {
      given()
          .auth()
          .oauth2(allowed)
          .get("/api/v1/markets/US/hash-banks/{b}/entries", bank)
          .then()
          .statusCode(200)
          .body("entries", hasSize(1));
    }
    for (String refused :
        List.of(token("moderator", "US"), token("auditor", "DE"), ModerationFixtures.admin("MY"))) {
      given()
          .auth()
          .oauth2(refused)
          .get("/api/v1/markets/US/hash-banks/{b}/entries", bank)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    given()
        .get("/api/v1/markets/US/hash-banks/{b}/entries", bank)
        .then()
        .statusCode(401)
        .body("type", containsString("unauthenticated"));
  }
}
