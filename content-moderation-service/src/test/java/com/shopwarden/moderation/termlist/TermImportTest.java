package com.shopwarden.moderation.termlist;

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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bulk term imports: roles and markets, all-or-nothing checks, append and replace, live effect. */
@QuarkusTest
class TermImportTest {

  /**
   * The import address of a list with its query. The colon of {@code terms:import} goes out as it
   * is: RestAssured would send it as {@code %3A}, which RFC 3986 does not make equivalent to a
   * colon (it is a reserved character) and which the server rightly does not match.
   */
  private static String url(String market, String list, boolean replace, String reason) {
    return "/api/v1/markets/"
        + market
        + "/term-lists/"
        + list
        + "/terms:import?replace="
        + replace
        + "&reason="
        + URLEncoder.encode(reason, StandardCharsets.UTF_8);
  }

  private static RequestSpecification as(String token) {
    RequestSpecification request = given().urlEncodingEnabled(false);
    return token == null ? request : request.auth().oauth2(token);
  }

  private static ValidatableResponse importCsv(
      String market, String list, String csv, boolean replace, String reason) {
    return as(admin(market))
        .contentType("text/csv; charset=UTF-8")
        .body(csv)
        .post(url(market, list, replace, reason))
        .then();
  }

  @Test
  void onlyPolicyAdminsOfTheMarketImport() {
    createList("DE", "import-roles", "de").statusCode(201);
    String csv = "term,mode,severity\nSchlagring,WHOLE_WORD,HIGH\n";
    as(null)
        .contentType("text/csv; charset=UTF-8")
        .body(csv)
        .post(url("DE", "import-roles", false, "r"))
        .then()
        .statusCode(401);
    for (String other : new String[] {"moderator", "senior-moderator", "auditor", "service"}) {
      as(token(other, "DE"))
          .contentType("text/csv; charset=UTF-8")
          .body(csv)
          .post(url("DE", "import-roles", false, "r"))
          .then()
          .statusCode(403);
    }
    // A policy admin of another market.
    as(admin("ID"))
        .contentType("text/csv; charset=UTF-8")
        .body(csv)
        .post(url("DE", "import-roles", false, "r"))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    importCsv("DE", "import-roles", csv, false, "weapons list 2026")
        .statusCode(200)
        .body("addedTerms", equalTo(1))
        .body("version", equalTo(2));
    assertThat(
            count(
                "select count(*) from term_entry e join term_list l on l.id = e.list_id"
                    + " where l.name = 'import-roles'"))
        .isEqualTo(1);
  }

  @Test
  void csvImportIsVersionedAndRecordedWithWhoWhenAndWhy() {
    String id = createList("DE", "import-csv", "de").statusCode(201).extract().path("id");
    String csv =
        "term,mode,severity,languages\n"
            + "Fälschung,WHOLE_WORD,HIGH,\n"
            + "\"Replik, 1:1\",PHRASE,MEDIUM,de\n"
            + "\n"
            + "gefälscht,substring,low,de en\n"
            + "Fälschungssicher,EXCEPTION,,\n";
    importCsv("DE", "import-csv", csv, false, "ticket POL-17: counterfeit vocabulary")
        .statusCode(200)
        .body("list", equalTo("import-csv"))
        .body("replace", equalTo(false))
        .body("version", equalTo(2))
        .body("addedTerms", equalTo(3))
        .body("addedExceptions", equalTo(1))
        .body("unchanged", equalTo(0))
        .body("updatedBy", equalTo("ana-admin"));
    given()
        .auth()
        .oauth2(token("moderator", "DE"))
        .get("/api/v1/markets/DE/term-lists/import-csv")
        .then()
        .statusCode(200)
        .body("version", equalTo(2))
        .body(
            "entries.text",
            containsInAnyOrder("Fälschung", "Replik, 1:1", "gefälscht", "Fälschungssicher"))
        .body("entries.find { it.text == 'gefälscht' }.mode", equalTo("SUBSTRING"))
        .body("entries.find { it.text == 'gefälscht' }.languages", equalTo(List.of("de", "en")))
        .body("entries.find { it.text == 'Fälschungssicher' }.kind", equalTo("EXCEPTION"));
    assertThat(
            strings(
                "select version || '|' || changed_by || '|' || coalesce(reason, '-') || '|' || change"
                    + " from policy_change where subject_id = ?::uuid order by version",
                id))
        .containsExactly(
            "1|ana-admin|-|created",
            "2|ana-admin|ticket POL-17: counterfeit vocabulary|import: 3 terms and 1 exceptions"
                + " added, 0 unchanged, 0 removed");

    // The same file again (a retry after a timeout) adds nothing, but is still a recorded change.
    importCsv("DE", "import-csv", csv, false, "retry")
        .statusCode(200)
        .body("version", equalTo(3))
        .body("addedTerms", equalTo(0))
        .body("unchanged", equalTo(4));
    assertThat(count("select count(*) from term_entry where list_id = ?::uuid", id)).isEqualTo(4);
  }

  @Test
  void replaceKeepsUnchangedEntriesAndAssetTerms() throws Exception {
    String id = createList("US", "import-replace", "en").statusCode(201).extract().path("id");
    importCsv(
            "US",
            "import-replace",
            "term,mode,severity\nfake rolex,PHRASE,HIGH\nreplica,WHOLE_WORD,MEDIUM\n",
            false,
            "first cut")
        .statusCode(200);
    String keptId =
        strings("select id::text from term_entry where text = 'replica' and list_id = ?::uuid", id)
            .get(0);
    // A mark term from a rights holder's asset: owned by ipr-service events, never replaced.
    try (java.sql.Connection c = com.shopwarden.testing.CurrentTestDatabase.connect();
        java.sql.Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into term_entry (id, list_id, kind, text, mode, severity, languages, source_ref,"
              + " created_by, created_at) values (gen_random_uuid(), '"
              + id
              + "', 'TERM', 'Acme', 'PHRASE', 'MEDIUM', '', 'asset-1', 'ipr-service', now())");
    }
    importCsv(
            "US",
            "import-replace",
            "term,mode,severity\nreplica,WHOLE_WORD,MEDIUM\nsuperfake,WHOLE_WORD,HIGH\n",
            true,
            "rewrite")
        .statusCode(200)
        .body("replace", equalTo(true))
        .body("addedTerms", equalTo(1))
        .body("unchanged", equalTo(1))
        .body("removed", equalTo(1));
    assertThat(strings("select text from term_entry where list_id = ?::uuid order by text", id))
        .containsExactly("Acme", "replica", "superfake");
    assertThat(
            strings(
                "select id::text from term_entry where text = 'replica' and list_id = ?::uuid", id))
        .containsExactly(keptId);
  }

  @Test
  void badRowsRefuseTheWholeImportNamingRowAndColumn() {
    String id = createList("DE", "import-bad", null).statusCode(201).extract().path("id");
    String csv =
        "term,mode,severity,languages\n"
            + "gut,WHOLE_WORD,HIGH,\n"
            + "schlecht,EVERYWHERE,HIGH,\n"
            + "schlecht2,PHRASE,FATAL,\n"
            + " -- ,SUBSTRING,LOW,\n"
            + "sprache,SUBSTRING,LOW,xx\n"
            + "gut,WHOLE_WORD,HIGH,\n"
            + "x".repeat(201)
            + ",SUBSTRING,LOW,\n";
    importCsv("DE", "import-bad", csv, false, "bad file")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errorCount", equalTo(6))
        .body(
            "errors.field",
            equalTo(
                List.of(
                    "rows[3].mode",
                    "rows[4].severity",
                    "rows[5].term",
                    "rows[6].languages",
                    "rows[7].term",
                    "rows[8].term")))
        .body("errors[4].message", equalTo("repeats row 2"))
        .body("detail", containsString("nothing was changed"));
    assertThat(count("select count(*) from term_entry where list_id = ?::uuid", id)).isZero();
    assertThat(count("select count(*) from policy_change where subject_id = ?::uuid", id))
        .isEqualTo(1);

    // At most 100 errors are listed; the count says how many there were.
    StringBuilder many = new StringBuilder("term,mode,severity\n");
    for (int i = 0; i < 150; i++) {
      many.append("t").append(i).append(",NOPE,HIGH\n");
    }
    importCsv("DE", "import-bad", many.toString(), false, "bad file")
        .statusCode(400)
        .body("errorCount", equalTo(150))
        .body("errors", hasSize(100))
        .body("errors[99].field", equalTo("rows[101].mode"));

    importCsv("DE", "import-bad", "word,mode,severity\nx,PHRASE,LOW\n", false, "no header")
        .statusCode(400)
        .body("errors[0].field", equalTo("rows[1]"));
    importCsv("DE", "import-bad", "term,mode,severity\n\"open,PHRASE,LOW\n", false, "quote")
        .statusCode(400)
        .body("errors[0].field", equalTo("rows[2].csv"));
    importCsv("DE", "import-bad", "term,mode,severity\ngut,WHOLE_WORD,HIGH\n", false, " ")
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    importCsv("DE", "no-such-list", "term,mode,severity\ngut,WHOLE_WORD,HIGH\n", false, "r")
        .statusCode(404);
    assertThat(count("select count(*) from term_entry where list_id = ?::uuid", id)).isZero();
  }

  @Test
  void rowAndBodyLimits() {
    createList("DE", "import-limits", null).statusCode(201);
    StringBuilder rows = new StringBuilder("term,mode,severity\n");
    for (int i = 0; i <= TermImport.MAX_ROWS; i++) {
      rows.append('w').append(i).append(",PHRASE,LOW\n");
    }
    importCsv("DE", "import-limits", rows.toString(), false, "too many")
        .statusCode(400)
        .body("errors[0].field", equalTo("rows"))
        .body("maxRows", equalTo(TermImport.MAX_ROWS));
    String huge = "term,mode,severity\n" + ("a".repeat(150) + ",SUBSTRING,LOW\n").repeat(7_000);
    importCsv("DE", "import-limits", huge, false, "too large")
        .statusCode(413)
        .contentType("application/problem+json");
  }

  @Test
  void jsonImportTakesTheEntriesOfAnExportedList() {
    createList("US", "import-source", "en").statusCode(201);
    importCsv(
            "US",
            "import-source",
            "term,mode,severity,languages\nburner phone,PHRASE,HIGH,en\nScunthorpe,EXCEPTION,,\n",
            false,
            "source")
        .statusCode(200);
    List<Map<String, Object>> exported =
        given()
            .auth()
            .oauth2(admin("US"))
            .get("/api/v1/markets/US/term-lists/import-source")
            .then()
            .statusCode(200)
            .extract()
            .path("entries");
    createList("US", "import-copy", "en").statusCode(201);
    as(admin("US"))
        .contentType(ContentType.JSON)
        .body(exported)
        .post(url("US", "import-copy", false, "copy of import-source"))
        .then()
        .statusCode(200)
        .body("addedTerms", equalTo(1))
        .body("addedExceptions", equalTo(1));
    given()
        .auth()
        .oauth2(admin("US"))
        .get("/api/v1/markets/US/term-lists/import-copy")
        .then()
        .body("entries.text", containsInAnyOrder("burner phone", "Scunthorpe"))
        .body("entries.find { it.kind == 'TERM' }.mode", equalTo("PHRASE"));

    List<Map<String, Object>> bad =
        List.of(
            Map.of("term", "ok", "mode", "WHOLE_WORD", "severity", "LOW"),
            Map.of("text", "", "mode", "WHOLE_WORD", "severity", "LOW"),
            Map.of("text", "k", "kind", "RULE"));
    as(admin("US"))
        .contentType(ContentType.JSON)
        .body(bad)
        .post(url("US", "import-copy", false, "bad"))
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("rows[2].text", "rows[3].kind")));
  }

  @Test
  void tenThousandImportedTermsScreenTheNextItem() {
    createList("US", "import-bulk", "en").statusCode(201);
    StringBuilder csv = new StringBuilder("term,mode,severity\n");
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      // Distinct made-up words, none of them inside another: "zq" + base 26 + "xw".
      String term = "zq" + Integer.toString(i * 7919, 26).replaceAll("[0-9]", "k") + "xw" + i;
      terms.add(term);
      csv.append(term).append(",WHOLE_WORD,").append(i % 2 == 0 ? "HIGH" : "LOW").append('\n');
    }
    importCsv("US", "import-bulk", csv.toString(), false, "vendor list v1")
        .statusCode(200)
        .body("addedTerms", equalTo(10_000));
    assertThat(
            count(
                "select count(*) from term_entry e join term_list l on l.id = e.list_id"
                    + " where l.market = 'US' and l.name = 'import-bulk'"))
        .isEqualTo(10_000);
    saveStrategy(
            "US",
            "block-import-bulk",
            "signals.terms.exists(t, t.list == \"import-bulk\" && t.severity == \"HIGH\")",
            "BLOCK",
            "PROHIBITED_PRODUCT",
            "HIGH")
        .statusCode(200);

    String hit = terms.get(4242);
    String title = "brand new " + hit + " in stock";
    submit(listing("US", "seller-bulk", title))
        .statusCode(201)
        .body("verdict", equalTo("BLOCK"))
        .body("signals.terms", hasSize(1))
        .body("signals.terms[0].term", equalTo(hit))
        .body("signals.terms[0].start", equalTo(title.indexOf(hit)))
        .body("signals.terms[0].end", equalTo(title.indexOf(hit) + hit.length()));
    // An odd row is LOW: matched, but this strategy does not block it.
    submit(listing("US", "seller-bulk", "only " + terms.get(4243) + " here"))
        .statusCode(201)
        .body("verdict", equalTo("ALLOW"))
        .body("signals.terms[0].term", equalTo(terms.get(4243)));
    submit(listing("US", "seller-bulk", "a plain wooden chair"))
        .statusCode(201)
        .body("verdict", equalTo("ALLOW"))
        .body("signals.terms", hasSize(0));
  }

  @Test
  void stretchedLettersAreScreenedAgainstImportedTerms() {
    createList("US", "import-stretch", "en").statusCode(201);
    importCsv(
            "US",
            "import-stretch",
            "term,mode,severity\nviagra,WHOLE_WORD,HIGH\ncounterfeit,WHOLE_WORD,HIGH\n",
            false,
            "stretch check")
        .statusCode(200);
    saveStrategy(
            "US",
            "block-import-stretch",
            "signals.terms.exists(t, t.list == \"import-stretch\")",
            "BLOCK",
            "PROHIBITED_PRODUCT",
            "HIGH")
        .statusCode(200);
    String title = "cheap viiiagra and counterrrrfeeeit watches";
    submit(listing("US", "seller-stretch", title))
        .statusCode(201)
        .body("verdict", equalTo("BLOCK"))
        .body("signals.terms.excerpt", equalTo(List.of("viiiagra", "counterrrrfeeeit")))
        .body("signals.terms[0].start", equalTo(title.indexOf("viiiagra")))
        .body("signals.terms[1].end", equalTo(title.indexOf(" watches")));
  }
}
