package com.shopwarden.moderation.hashbank;

import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.token;
import static com.shopwarden.moderation.hashbank.BankFixtures.createBank;
import static com.shopwarden.moderation.hashbank.BankFixtures.load;
import static com.shopwarden.moderation.hashbank.BankFixtures.randomHash;
import static com.shopwarden.moderation.hashbank.BankFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.moderation.ModerationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hash-bank admin API: roles and markets both ways, CSV loads all or nothing. */
@QuarkusTest
class HashBankAdminTest {

  @Test
  void onlyPolicyAdminsOfTheMarketChangeBanks() {
    String bank = unique("roles");
    Map<String, Object> body = Map.of("name", bank, "kind", "PROHIBITED_ITEM");
    given()
        .auth()
        .oauth2(token("moderator", "DE"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/DE/hash-banks")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(ModerationFixtures.admin("MY"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/DE/hash-banks")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/markets/DE/hash-banks")
        .then()
        .statusCode(401);
    createBank("DE", bank, "PROHIBITED_ITEM", false, null, null)
        .statusCode(201)
        .body("version", equalTo(1))
        .body("maxDistance", equalTo(31))
        .body("minQuality", equalTo(50));
    createBank("DE", bank, "PROHIBITED_ITEM", false, null, null).statusCode(409);

    given()
        .auth()
        .oauth2(token("moderator", "DE"))
        .contentType(ContentType.JSON)
        .body(Map.of("hash", randomHash(), "quality", 80))
        .post("/api/v1/markets/DE/hash-banks/{b}/entries", bank)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(ModerationFixtures.admin("MY"))
        .contentType("text/csv")
        .body(randomHash() + ",80,x\n")
        .post("/api/v1/markets/DE/hash-banks/{b}/entries/csv", bank)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token("moderator", "DE"))
        .get("/api/v1/markets/DE/hash-banks/{b}", bank)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(token("auditor", "MY"))
        .get("/api/v1/markets/DE/hash-banks/{b}", bank)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(ModerationFixtures.admin("DE"))
        .get("/api/v1/markets/DE/hash-banks")
        .then()
        .statusCode(200)
        .body("find { it.name == '" + bank + "' }.kind", equalTo("PROHIBITED_ITEM"))
        .body("find { it.name == '" + bank + "' }.entryCount", equalTo(0));
  }

  @Test
  void aBadRowRefusesTheWholeLoadNamingIt() {
    String bank = unique("bulk");
    createBank("DE", bank, "PROHIBITED_ITEM", false, null, null).statusCode(201);
    String csv =
        "hash,quality,label\n"
            + randomHash()
            + ",80,fine\n"
            + randomHash()
            + ",101,too good\n"
            + randomHash()
            + ",80,fine\n";
    load("DE", bank, csv)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("csv[3]"))
        .body("row", equalTo(3))
        .body("detail", containsString("quality"));
    load("DE", bank, randomHash() + ",80,ok\nnot-a-hash,80,bad\n")
        .statusCode(400)
        .body("errors[0].field", equalTo("csv[2]"));
    load("DE", bank, "\n\n").statusCode(400).body("errors[0].field", equalTo("csv"));
    assertThat(
            count(
                "select count(*) from hash_bank_entry e join hash_bank b on b.id = e.bank_id"
                    + " where b.market = 'DE' and b.name = ?",
                bank))
        .isZero();
    given()
        .auth()
        .oauth2(ModerationFixtures.admin("DE"))
        .get("/api/v1/markets/DE/hash-banks/{b}", bank)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("entryCount", equalTo(0));

    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= HashCsv.MAX_ROWS; i++) {
      many.append("a".repeat(64)).append(",80\n");
    }
    load("DE", bank, many.toString()).statusCode(400).body("maxRows", equalTo(HashCsv.MAX_ROWS));
  }

  @Test
  void badBankAndEntryBodiesAreRefusedByField() {
    createBank("DE", unique("bad"), "lower-case", false, null, null)
        .statusCode(400)
        .body("errors[0].field", containsString("kind"));
    createBank("DE", unique("bad"), "PROHIBITED_ITEM", false, 300, null)
        .statusCode(400)
        .body("errors[0].field", containsString("maxDistance"));
    String bank = unique("entries");
    createBank("DE", bank, "PROHIBITED_ITEM", false, null, null).statusCode(201);
    BankFixtures.addEntry("DE", bank, "f".repeat(63) + "g", 80, "x")
        .statusCode(400)
        .body("errors[0].field", containsString("hash"));
    BankFixtures.addEntry("DE", bank, randomHash(), 120, "x")
        .statusCode(400)
        .body("errors[0].field", containsString("quality"));
    BankFixtures.addEntry("DE", unique("missing"), randomHash(), 80, "x").statusCode(404);
  }
}
