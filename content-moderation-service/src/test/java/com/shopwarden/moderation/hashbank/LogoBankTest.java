package com.shopwarden.moderation.hashbank;

import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.send;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.hashbank.BankFixtures.flipped;
import static com.shopwarden.moderation.hashbank.BankFixtures.randomHash;
import static com.shopwarden.moderation.hashbank.BankFixtures.withHashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shopwarden.contracts.ipr.AssetKind;
import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.contracts.ipr.ProtectionAssetWithdrawn;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rights holders' logo hashes become their COUNTERFEIT_LOGO bank, and leave with the asset. */
@QuarkusTest
class LogoBankTest {

  @Test
  void publishedLogosAreMatchedAndWithdrawnOnesAreNot() {
    String org = "Org-" + UUID.randomUUID();
    String asset = "asset-" + UUID.randomUUID();
    String bank = LogoBanks.bankName(org);
    String logo = randomHash();
    saveStrategy(
            "MY",
            "block-rights-holder-logos",
            "signals.hashes.exists(h, h.kind == \"COUNTERFEIT_LOGO\" && h.bank.startsWith(\"logos-\")"
                + " && h.distance <= 20) && content.kind == \"PRODUCT_LISTING\"",
            "BLOCK",
            "IP-LOGO",
            "HIGH")
        .statusCode(200);

    send(
        new ProtectionAssetPublished(
            UUID.randomUUID(),
            "MY",
            Instant.now(),
            asset,
            org,
            AssetKind.TRADEMARK,
            null,
            List.of(logo),
            List.of("MY", "TH")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count(
                        "select count(*) from hash_bank_entry e join hash_bank b on b.id = e.bank_id"
                            + " where b.market = 'MY' and b.name = ? and e.source_ref = ?"
                            + " and b.kind = 'COUNTERFEIT_LOGO'",
                        bank,
                        asset)
                    == 1);
    // TH is not served by the tests' deployment.
    assertThat(count("select count(*) from hash_bank where market = 'TH'")).isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> verdict(flipped(logo, 12)).equals("BLOCK"));

    send(
        new ProtectionAssetWithdrawn(
            UUID.randomUUID(),
            "MY",
            Instant.now(),
            asset,
            org,
            AssetKind.TRADEMARK,
            null,
            List.of(logo),
            List.of("MY", "TH")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> count("select count(*) from hash_bank_entry where source_ref = ?", asset) == 0);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> verdict(flipped(logo, 12)).equals("ALLOW"));
  }

  @Test
  void eachLogoHashKeepsItsPublishedQualityAndPoorOnesDoNotMatch() {
    String org = "Org-" + UUID.randomUUID();
    String asset = "asset-" + UUID.randomUUID();
    String bank = LogoBanks.bankName(org);
    String sharp = randomHash();
    String blurred = randomHash();
    saveStrategy(
            "MY",
            "review-logo-" + asset,
            "signals.hashes.exists(h, h.bank == \"" + bank + "\")",
            "REVIEW",
            "IP-LOGO",
            "MEDIUM")
        .statusCode(200);

    send(
        new ProtectionAssetPublished(
            UUID.randomUUID(),
            "MY",
            Instant.now(),
            asset,
            org,
            AssetKind.TRADEMARK,
            null,
            List.of(sharp, blurred),
            List.of("MY"),
            List.of(88, 31)));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> count("select count(*) from hash_bank_entry where source_ref = ?", asset) == 2);
    assertThat(
            strings(
                "select e.hash || ':' || e.quality from hash_bank_entry e"
                    + " join hash_bank b on b.id = e.bank_id where b.name = ? and b.market = 'MY'",
                bank))
        .containsExactlyInAnyOrder(sharp + ":88", blurred + ":31");
    // The bank's minimum quality (50) leaves the blurred logo out of the index.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> logoMatches(flipped(sharp, 6), bank).equals(List.of(6)));
    assertThat(logoMatches(blurred, bank)).isEmpty();
  }

  @Test
  void logosPublishedWithoutQualitiesAreTakenAtFullQuality() {
    String org = "Org-" + UUID.randomUUID();
    String asset = "asset-" + UUID.randomUUID();
    send(
        new ProtectionAssetPublished(
            UUID.randomUUID(),
            "MY",
            Instant.now(),
            asset,
            org,
            AssetKind.TRADEMARK,
            null,
            List.of(randomHash()),
            List.of("MY")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                strings("select quality::text from hash_bank_entry where source_ref = ?", asset)
                    .equals(List.of("100")));
  }

  private static List<Integer> logoMatches(String hash, String bank) {
    return submit(withHashes("MY", hash))
        .statusCode(201)
        .extract()
        .jsonPath()
        .getList("signals.hashes.findAll { it.bank == '" + bank + "' }.distance", Integer.class);
  }

  private static String verdict(String hash) {
    return submit(withHashes("MY", hash)).statusCode(201).extract().path("verdict");
  }
}
