package com.shopwarden.ipr.paging;

import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.decide;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every list is cursor-paginated: pages follow one another without gaps or repeats. */
@QuarkusTest
class PaginationTest {

  @Test
  void anOrganisationsNoticesComeNewestFirstPageByPage() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    List<String> filed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      filed.add(file(org, completeNotice("US", asset, unique("acct"))));
    }
    List<List<String>> pages =
        pages(holder(org), "/api/v1/ipr/organisations/" + org + "/notices?limit=2", "notices");
    assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
    List<String> all = pages.stream().flatMap(List::stream).toList();
    assertThat(all).containsExactlyInAnyOrderElementsOf(filed).doesNotHaveDuplicates();
    // The tests' clock stands still, so the notices share an instant: the id breaks the tie and
    // the order is stable from one reading to the next.
    assertThat(
            pages(holder(org), "/api/v1/ipr/organisations/" + org + "/notices?limit=2", "notices"))
        .isEqualTo(pages);
  }

  @Test
  void theReviewQueueIsPagedInItsOwnOrder() {
    String org = verifiedOrganisation("MY");
    String asset = verifiedTrademark(org, "MY", LocalDate.of(2040, 1, 1));
    List<String> filed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      filed.add(file(org, completeNotice("MY", asset, unique("acct"))));
    }
    String token = agent("MY");
    List<String> paged =
        pages(token, "/api/v1/ipr/review-queue?market=MY&limit=2", "notices").stream()
            .flatMap(List::stream)
            .toList();
    List<String> whole =
        get(token, "/api/v1/ipr/review-queue?market=MY&limit=100")
            .extract()
            .path("notices.noticeId");
    assertThat(paged).doesNotHaveDuplicates().containsAll(filed);
    assertThat(paged.subList(0, Math.min(paged.size(), whole.size())))
        .isEqualTo(whole.subList(0, Math.min(paged.size(), whole.size())));
  }

  @Test
  void historiesStrikesAndAssetsArePagedToo() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    assertThat(pages(holder(org), "/api/v1/ipr/organisations/" + org + "/assets?limit=2", "assets"))
        .extracting(List::size)
        .containsExactly(2, 1);

    List<List<String>> history =
        pages(
            holder(org),
            "/api/v1/ipr/organisations/" + org + "/history?limit=2",
            "entries",
            "action");
    assertThat(history.stream().flatMap(List::stream).toList())
        .containsExactly("REGISTERED", "DOCUMENT_RECORDED", "DOCUMENT_RECORDED", "VERIFIED");

    String seller = unique("seller");
    String agentToken = agent("US");
    for (int i = 0; i < 3; i++) {
      decide(agentToken, file(org, completeNotice("US", asset, seller)), "UPHELD", null)
          .statusCode(200);
    }
    String strikes = "/api/v1/ipr/accounts/" + seller + "/strikes?market=US&limit=2";
    JsonPath first = get(agentToken, strikes).statusCode(200).extract().jsonPath();
    assertThat(first.getList("strikes")).hasSize(2);
    assertThat(first.getInt("activeStrikes")).isEqualTo(3);
    get(agentToken, strikes + "&cursor=" + first.getString("nextCursor"))
        .body("strikes.size()", equalTo(1))
        .body("activeStrikes", equalTo(3))
        .body("nextCursor", nullValue());
  }

  @Test
  void aCursorOfAnotherListingIsRefused() {
    String org = verifiedOrganisation("US");
    get(holder(org), "/api/v1/ipr/organisations/" + org + "/notices?cursor=not-a-cursor")
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
    String historyCursor = PageCursor.encode(5);
    get(holder(org), "/api/v1/ipr/organisations/" + org + "/notices?cursor=" + historyCursor)
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }

  private static List<List<String>> pages(String token, String path, String list) {
    String idField =
        switch (list) {
          case "notices" -> "noticeId";
          case "assets" -> "assetId";
          default -> throw new IllegalArgumentException(list);
        };
    return pages(token, path, list, idField);
  }

  private static List<List<String>> pages(String token, String path, String list, String field) {
    List<List<String>> pages = new ArrayList<>();
    String cursor = null;
    do {
      JsonPath page =
          get(token, path + (cursor == null ? "" : "&cursor=" + cursor))
              .statusCode(200)
              .extract()
              .jsonPath();
      pages.add(page.getList(list + "." + field));
      cursor = page.getString("nextCursor");
      assertThat(pages).hasSizeLessThan(100);
    } while (cursor != null);
    return pages;
  }
}
