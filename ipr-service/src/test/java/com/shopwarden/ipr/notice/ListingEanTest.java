package com.shopwarden.ipr.notice;

import static com.shopwarden.ipr.IprFixtures.WAIT;
import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.decide;
import static com.shopwarden.ipr.IprFixtures.events;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.item;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A listing's EAN-13 on a notice item: only on listings, and with a correct check digit. */
@QuarkusTest
class ListingEanTest {

  /** GS1's example EAN-13. */
  static final String EAN = "4006381333931";

  @Test
  void aListingItemCarriesItsEan() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    String seller = unique("seller");
    Map<String, Object> listing = item(unique("listing"), seller, "SELLER", true);
    listing.put("ean", EAN);
    String noticeId =
        post(holder(org), "/api/v1/ipr/notices", withItems(asset, seller, listing))
            .statusCode(201)
            .extract()
            .path("noticeId");
    get(holder(org), "/api/v1/ipr/notices/" + noticeId).body("items[0].ean", equalTo(EAN));
    // Upheld, the listing's EAN goes to enforcement with the violation (the statement of reasons'
    // content identifier).
    decide(agent("US"), noticeId, "UPHELD", null).statusCode(200);
    List<NoticeUpheld> upheld =
        events(Topics.IPR_NOTICES, NoticeUpheld.class, e -> e.noticeId().equals(noticeId), 1, WAIT);
    assertThat(upheld).hasSize(1);
    assertThat(upheld.get(0).ean()).isEqualTo(EAN);

    listing.put("ean", "4006381333932");
    post(holder(org), "/api/v1/ipr/notices", withItems(asset, seller, listing))
        .statusCode(400)
        .body("errors[0].field", equalTo("items[0].ean"));
    Map<String, Object> video = item(unique("video"), seller, "CREATOR", true);
    video.put("ean", EAN);
    post(holder(org), "/api/v1/ipr/notices", withItems(asset, seller, video))
        .statusCode(400)
        .body("errors[0].field", equalTo("items[0].ean"));
  }

  private static Map<String, Object> withItems(
      String asset, String account, Map<String, Object> item) {
    Map<String, Object> body = new HashMap<>(completeNotice("US", asset, account));
    body.put("items", List.of(item));
    return body;
  }
}
