package com.shopwarden.ipr.evidence;

import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.item;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The automatic evidence on a notice in the review queue and the notice view: the cited marks found
 * in the item's text after evasion normalisation, logo hash distances, and the seller's brand
 * authorisation from the registry.
 */
@QuarkusTest
class EvidenceTest {

  private static final String LISTING_TEXT =
      "Original G.l.0.w-C0 serum, 50ml — cheaper than retail";
  private static final String NEAR_LOGO = "f".repeat(63) + "0";

  @Test
  void aReviewerSeesMarksLogosAndAuthorisationsBesideTheNotice() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    String reseller = unique("seller");
    String stranger = unique("seller");
    post(
            holder(org),
            "/api/v1/ipr/organisations/" + org + "/authorisations",
            Map.of(
                "accountId",
                reseller,
                "accountType",
                "SELLER",
                "assetId",
                asset,
                "validUntil",
                "2039-12-31",
                "reference",
                "distribution agreement 2024-17"))
        .statusCode(201)
        .body("status", equalTo("AUTHORISED"));

    Map<String, Object> listing = item(unique("listing"), reseller, "SELLER", true);
    listing.put("text", LISTING_TEXT);
    listing.put("pdqHashes", List.of(NEAR_LOGO));
    Map<String, Object> other = item(unique("listing"), stranger, "SELLER", true);
    other.put("text", "Plain serum, no brand");
    Map<String, Object> body = new HashMap<>(completeNotice("US", asset, reseller));
    body.put("items", List.of(listing, other));
    String noticeId = file(org, body);

    JsonPath view =
        get(agent("US"), "/api/v1/ipr/notices/" + noticeId).statusCode(200).extract().jsonPath();
    assertThat(view.getString("evidence.citedAssets[0].assetId")).isEqualTo(asset);
    assertThat(view.getString("evidence.citedAssets[0].markText")).isEqualTo("GlowCo");
    Map<String, Object> resellerEvidence = evidenceOf(view, reseller);
    assertThat(resellerEvidence.get("textLanguage")).isEqualTo("en");
    List<Map<String, Object>> marks = list(resellerEvidence, "marksFound");
    assertThat(marks).hasSize(1);
    assertThat(marks.get(0).get("excerpt")).isEqualTo("G.l.0.w-C0");
    int start = (Integer) marks.get(0).get("start");
    int end = (Integer) marks.get(0).get("end");
    assertThat(LISTING_TEXT.substring(start, end)).isEqualTo("G.l.0.w-C0");
    List<Map<String, Object>> logos = list(resellerEvidence, "logoDistances");
    assertThat(logos).hasSize(1);
    assertThat(logos.get(0).get("distance")).isEqualTo(4);
    assertThat(logos.get(0).get("match")).isEqualTo(true);
    assertThat(logos.get(0).get("nearestContentHash")).isEqualTo(NEAR_LOGO);
    @SuppressWarnings("unchecked")
    Map<String, Object> authorisation = (Map<String, Object>) resellerEvidence.get("authorisation");
    assertThat(authorisation.get("status")).isEqualTo("AUTHORISED");
    assertThat(authorisation.get("summary")).isEqualTo("authorised until 2039-12-31");

    Map<String, Object> strangerEvidence = evidenceOf(view, stranger);
    assertThat(list(strangerEvidence, "marksFound")).isEmpty();
    assertThat(list(strangerEvidence, "logoDistances")).isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> none = (Map<String, Object>) strangerEvidence.get("authorisation");
    assertThat(none.get("status")).isEqualTo("NONE");

    // The review queue carries the same evidence.
    List<Map<String, Object>> queued =
        queuePages(agent("US")).stream().filter(n -> noticeId.equals(n.get("noticeId"))).toList();
    assertThat(queued).hasSize(1);
    assertThat(queued.get(0).get("evidence")).isEqualTo(view.getMap("evidence"));
  }

  @Test
  void aRevokedAuthorisationShowsAtOnce() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    String seller = unique("seller");
    String authorisationId =
        post(
                holder(org),
                "/api/v1/ipr/organisations/" + org + "/authorisations",
                Map.of("accountId", seller, "accountType", "SELLER"))
            .statusCode(201)
            .extract()
            .path("authorisationId");
    String noticeId = file(org, withSeller(completeNotice("US", asset, seller), seller));
    get(agent("US"), "/api/v1/ipr/notices/" + noticeId)
        .body("evidence.items[0].authorisation.summary", equalTo("authorised, without end date"));
    post(
            holder(org),
            "/api/v1/ipr/organisations/"
                + org
                + "/authorisations/"
                + authorisationId
                + "/revocation",
            Map.of())
        .statusCode(200)
        .body("status", equalTo("REVOKED"));
    post(
            holder(org),
            "/api/v1/ipr/organisations/"
                + org
                + "/authorisations/"
                + authorisationId
                + "/revocation",
            Map.of())
        .statusCode(409);
    get(agent("US"), "/api/v1/ipr/notices/" + noticeId)
        .body("evidence.items[0].authorisation.status", equalTo("REVOKED"));
    get(holder(org), "/api/v1/ipr/organisations/" + org + "/history")
        .body("entries.action", hasItems("AUTHORISATION_GRANTED", "AUTHORISATION_REVOKED"));
  }

  @Test
  void theRegistryIsScopedToTheOrganisationAndItsAssets() {
    String orgA = verifiedOrganisation("US");
    String orgB = verifiedOrganisation("US");
    String assetB = verifiedTrademark(orgB, "US", LocalDate.of(2040, 1, 1));
    String path = "/api/v1/ipr/organisations/" + orgA + "/authorisations";
    Map<String, Object> grant = Map.of("accountId", unique("seller"), "accountType", "SELLER");
    // Another organisation's asset cannot be granted; another organisation cannot grant.
    Map<String, Object> foreignAsset = new HashMap<>(grant);
    foreignAsset.put("assetId", assetB);
    post(holder(orgA), path, foreignAsset)
        .statusCode(400)
        .body("errors[0].field", equalTo("assetId"));
    post(holder(orgB), path, grant).statusCode(403);
    Map<String, Object> backwards = new HashMap<>(grant);
    backwards.put("validFrom", "2030-01-02");
    backwards.put("validUntil", "2030-01-01");
    post(holder(orgA), path, backwards)
        .statusCode(400)
        .body("errors[0].field", equalTo("validUntil"));
    post(holder(orgA), path, Map.of("accountType", "SELLER")).statusCode(400);
    post(holder(orgA), path, grant).statusCode(201);
    post(agent("US"), path, grant).statusCode(201);
    // Reading: the organisation and staff of its market; nobody else.
    get(holder(orgA), path).statusCode(200).body("authorisations", hasSize(2));
    String auditor = TestTokens.forUser("aud").roles("auditor").markets("US").sign();
    get(auditor, path).statusCode(200);
    post(auditor, path, grant).statusCode(403);
    get(holder(orgB), path).statusCode(403);
    get(agent("DE"), path).statusCode(403);
    get(com.shopwarden.ipr.IprFixtures.account(unique("c"), "SELLER"), path).statusCode(403);
    given().get(path).then().statusCode(401);
  }

  private static Map<String, Object> withSeller(Map<String, Object> notice, String seller) {
    Map<String, Object> body = new HashMap<>(notice);
    body.put("items", List.of(item(unique("listing"), seller, "SELLER", true)));
    return body;
  }

  private static List<Map<String, Object>> queuePages(String token) {
    List<Map<String, Object>> all = new ArrayList<>();
    String cursor = null;
    do {
      String path =
          "/api/v1/ipr/review-queue?market=US&limit=100"
              + (cursor == null ? "" : "&cursor=" + cursor);
      JsonPath page = get(token, path).statusCode(200).extract().jsonPath();
      all.addAll(page.getList("notices"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return all;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> evidenceOf(JsonPath view, String accountId) {
    List<Map<String, Object>> items = view.getList("evidence.items");
    return items.stream()
        .filter(i -> accountId.equals(i.get("accountId")))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
    return (List<Map<String, Object>>) map.get(key);
  }
}
