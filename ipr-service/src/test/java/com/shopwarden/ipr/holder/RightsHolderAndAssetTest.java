package com.shopwarden.ipr.holder;

import static com.shopwarden.ipr.IprFixtures.WAIT;
import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.events;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.ipr.AssetKind;
import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.contracts.ipr.ProtectionAssetWithdrawn;
import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Organisations, verification, trust and assets, with their events and organisation scoping. */
@QuarkusTest
class RightsHolderAndAssetTest {

  @Test
  void anOrganisationIsVerifiedFromItsDocumentsAndKeepsAHistory() {
    String org = unique("org");
    String token = holder(org);
    post(token, "/api/v1/ipr/organisations", Map.of("legalName", "Lumen Ltd", "market", "US"))
        .statusCode(201)
        .body("organisationId", equalTo(org))
        .body("verificationStatus", equalTo("UNVERIFIED"));
    post(token, "/api/v1/ipr/organisations", Map.of("legalName", "Lumen Ltd", "market", "US"))
        .statusCode(409);
    post(
            token,
            "/api/v1/ipr/organisations/" + org + "/documents",
            Map.of("kind", "IDENTITY", "reference", "doc://1"))
        .statusCode(200);
    // A business licence is still missing.
    post(
            agent("US"),
            "/api/v1/ipr/organisations/" + org + "/verification",
            Map.of("outcome", "VERIFIED"))
        .statusCode(409)
        .body("missing", contains("BUSINESS_LICENCE"));
    // Rights holders cannot verify themselves, nor grant themselves trust.
    post(token, "/api/v1/ipr/organisations/" + org + "/verification", Map.of("outcome", "VERIFIED"))
        .statusCode(403);
    post(
            token,
            "/api/v1/ipr/organisations/" + org + "/documents",
            Map.of("kind", "BUSINESS_LICENCE", "reference", "doc://2"))
        .statusCode(200);
    post(
            agent("US"),
            "/api/v1/ipr/organisations/" + org + "/verification",
            Map.of("outcome", "VERIFIED", "note", "ok"))
        .statusCode(200)
        .body("verificationStatus", equalTo("VERIFIED"));
    given()
        .auth()
        .oauth2(agent("US"))
        .contentType("application/json")
        .body(Map.of("status", "TRUSTED_FLAGGER", "reference", "DSC-DE-2025-7"))
        .put("/api/v1/ipr/organisations/" + org + "/trust")
        .then()
        .statusCode(200)
        .body("trustStatus", equalTo("TRUSTED_FLAGGER"));
    get(token, "/api/v1/ipr/organisations/" + org + "/history")
        .statusCode(200)
        .body(
            "entries.action",
            contains(
                "REGISTERED",
                "DOCUMENT_RECORDED",
                "DOCUMENT_RECORDED",
                "VERIFIED",
                "TRUST_TRUSTED_FLAGGER"));
  }

  @Test
  void anOrganisationRecordsAtMostFiftyDocuments() {
    String org = verifiedOrganisation("US");
    // The verification already recorded two.
    for (int i = 0; i < 48; i++) {
      post(
              holder(org),
              "/api/v1/ipr/organisations/" + org + "/documents",
              Map.of("kind", "AUTHORISATION", "reference", "doc://auth/" + i))
          .statusCode(200);
    }
    post(
            holder(org),
            "/api/v1/ipr/organisations/" + org + "/documents",
            Map.of("kind", "AUTHORISATION", "reference", "doc://auth/one-too-many"))
        .statusCode(409)
        .body("maxDocuments", equalTo(50));
    get(holder(org), "/api/v1/ipr/organisations/" + org)
        .statusCode(200)
        .body("documents.size()", equalTo(50));
  }

  @Test
  void organisationsAreScoped() {
    String orgA = verifiedOrganisation("US");
    String orgB = verifiedOrganisation("US");
    String assetA = verifiedTrademark(orgA, "US", LocalDate.now().plusYears(2));
    get(holder(orgB), "/api/v1/ipr/organisations/" + orgA).statusCode(403);
    get(holder(orgB), "/api/v1/ipr/organisations/" + orgA + "/assets").statusCode(403);
    get(holder(orgB), "/api/v1/ipr/organisations/" + orgA + "/history").statusCode(403);
    get(holder(orgB), "/api/v1/ipr/assets/" + assetA).statusCode(404);
    post(holder(orgB), "/api/v1/ipr/assets/" + assetA + "/withdrawal", Map.of()).statusCode(404);
    get(holder(orgA), "/api/v1/ipr/assets/" + assetA).statusCode(200);
    // Staff of another market, other roles, no token.
    get(agent("ID"), "/api/v1/ipr/organisations/" + orgA).statusCode(403);
    get(agent("ID"), "/api/v1/ipr/assets/" + assetA).statusCode(403);
    get(agent("US"), "/api/v1/ipr/organisations/" + orgA).statusCode(200);
    String moderator = TestTokens.forUser("mod").roles("moderator").markets("US").sign();
    get(moderator, "/api/v1/ipr/organisations/" + orgA).statusCode(403);
    given().get("/api/v1/ipr/organisations/" + orgA).then().statusCode(401);
    // A rights holder cannot register under another organisation's id.
    post(
            holder(orgB),
            "/api/v1/ipr/organisations",
            Map.of("organisationId", unique("other"), "legalName", "X", "market", "US"))
        .statusCode(403);
  }

  @Test
  void aVerifiedAssetIsPublishedAndAWithdrawnOneWithdrawn() {
    String org = verifiedOrganisation("US");
    String assetId = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    get(holder(org), "/api/v1/ipr/organisations/" + org + "/assets")
        .statusCode(200)
        .body("assets.assetId", hasItems(assetId))
        .body("assets[0].classes", contains(3, 25));
    List<ProtectionAssetPublished> published =
        events(
            Topics.IPR_PROTECTION_ASSETS,
            ProtectionAssetPublished.class,
            e -> e.assetId().equals(assetId),
            1,
            WAIT);
    assertThat(published).hasSize(1);
    ProtectionAssetPublished event = published.get(0);
    assertThat(event.organisationId()).isEqualTo(org);
    assertThat(event.kind()).isEqualTo(AssetKind.TRADEMARK);
    assertThat(event.markText()).isEqualTo("GlowCo");
    assertThat(event.pdqHashes()).containsExactly("f".repeat(64));
    assertThat(event.markets()).containsExactly("US");

    post(holder(org), "/api/v1/ipr/assets/" + assetId + "/withdrawal", Map.of())
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
    post(holder(org), "/api/v1/ipr/assets/" + assetId + "/withdrawal", Map.of()).statusCode(409);
    List<ProtectionAssetWithdrawn> withdrawn =
        events(
            Topics.IPR_PROTECTION_ASSETS,
            ProtectionAssetWithdrawn.class,
            e -> e.assetId().equals(assetId),
            1,
            WAIT);
    assertThat(withdrawn).hasSize(1);
    assertThat(withdrawn.get(0).markText()).isEqualTo("GlowCo");
  }

  @Test
  void assetsOfUnverifiedOrganisationsOrExpiredRegistrationsAreNotVerified() {
    String org = unique("org");
    post(holder(org), "/api/v1/ipr/organisations", Map.of("legalName", "New Co", "market", "US"))
        .statusCode(201);
    Map<String, Object> asset =
        Map.of(
            "kind", "TRADEMARK",
            "title", "NEWCO",
            "markText", "NewCo",
            "registrationNumber", "123",
            "office", "USPTO",
            "ownerName", "New Co",
            "validUntil", LocalDate.now().plusYears(1).toString(),
            "markets", List.of("US"));
    String assetId =
        post(holder(org), "/api/v1/ipr/organisations/" + org + "/assets", asset)
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .extract()
            .path("assetId");
    post(
            agent("US"),
            "/api/v1/ipr/assets/" + assetId + "/verification",
            Map.of("outcome", "VERIFIED"))
        .statusCode(409);

    String verified = verifiedOrganisation("US");
    Map<String, Object> expired = new java.util.HashMap<>(asset);
    expired.put("validFrom", "2010-01-01");
    expired.put("validUntil", "2020-01-01");
    String expiredId =
        post(holder(verified), "/api/v1/ipr/organisations/" + verified + "/assets", expired)
            .statusCode(201)
            .extract()
            .path("assetId");
    post(
            agent("US"),
            "/api/v1/ipr/assets/" + expiredId + "/verification",
            Map.of("outcome", "VERIFIED"))
        .statusCode(409);
  }

  @Test
  void invalidAssetsAreRefusedWithTheField() {
    String org = verifiedOrganisation("US");
    post(
            holder(org),
            "/api/v1/ipr/organisations/" + org + "/assets",
            Map.of("kind", "PATENT", "title", "Pump", "ownerName", "X", "markets", List.of("US")))
        .statusCode(400)
        .body("errors[0].field", equalTo("registrationNumber"));
    post(
            holder(org),
            "/api/v1/ipr/organisations/" + org + "/assets",
            Map.of(
                "kind", "TRADEMARK",
                "title", "X",
                "markText", "X",
                "registrationNumber", "1",
                "office", "USPTO",
                "ownerName", "X",
                "pdqHashes", List.of("XYZ"),
                "markets", List.of("US")))
        .statusCode(400);
  }
}
