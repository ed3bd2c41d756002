package com.shopwarden.moderation.termlist;

import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.send;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shopwarden.contracts.ipr.AssetKind;
import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.contracts.ipr.ProtectionAssetWithdrawn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Word marks from ipr-service become terms of the rights holder's list, and leave with it. */
@io.quarkus.test.junit.QuarkusTest
class MarkTermsTest {

  @Test
  void publishedMarksAreMatchedAndWithdrawnOnesAreNot() {
    String org = "Org-" + UUID.randomUUID();
    String asset = "asset-" + UUID.randomUUID();
    String list = MarkTermsConsumer.listName(org);
    saveStrategy(
            "MY",
            "review-marks",
            "signals.terms.exists(t, t.list.startsWith(\"marks-\"))"
                + " && content.kind == \"PRODUCT_LISTING\"",
            "REVIEW",
            "IP-MARK",
            "MEDIUM")
        .statusCode(200);

    ProtectionAssetPublished published =
        new ProtectionAssetPublished(
            UUID.randomUUID(),
            "MY",
            Instant.now(),
            asset,
            org,
            AssetKind.TRADEMARK,
            "Quokka Sport",
            List.of(),
            List.of("MY", "TH"));
    send(published);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count(
                        "select count(*) from term_entry e join term_list l on l.id = e.list_id"
                            + " where l.market = 'MY' and l.name = ? and e.source_ref = ?",
                        list,
                        asset)
                    == 1);
    // TH is not served here (tests serve ID, MY, US, DE): no list there.
    assertThat(count("select count(*) from term_list where market = 'TH'")).isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> verdict("QU0KKA-SP0RT running shoes").equals("REVIEW"));

    send(
        new ProtectionAssetWithdrawn(
            UUID.randomUUID(),
            "MY",
            Instant.now(),
            asset,
            org,
            AssetKind.TRADEMARK,
            "Quokka Sport",
            List.of(),
            List.of("MY", "TH")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count("select count(*) from term_entry where source_ref = ?", asset) == 0);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> verdict("Quokka Sport running shoes").equals("ALLOW"));
    assertThat(
            strings(
                "select c.version || ':' || c.changed_by from policy_change c join term_list l on"
                    + " l.id = c.subject_id where l.name = ? order by c.version",
                list))
        .containsExactly("1:ipr-service", "2:ipr-service");
  }

  private static String verdict(String title) {
    Map<String, Object> body = listing("MY", "seller-marks", title);
    return submit(body).statusCode(201).extract().path("verdict");
  }
}
