package com.shopwarden.moderation.hashbank;

import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.send;
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

  private static String verdict(String hash) {
    return submit(withHashes("MY", hash)).statusCode(201).extract().path("verdict");
  }
}
