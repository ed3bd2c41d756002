package com.shopwarden.ipr.strike;

import static com.shopwarden.ipr.IprFixtures.WAIT;
import static com.shopwarden.ipr.IprFixtures.account;
import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.decide;
import static com.shopwarden.ipr.IprFixtures.events;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.ipr.RepeatInfringerThresholdReached;
import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Strikes from upheld notices: the threshold, expiry after the window, removal on retraction. */
@QuarkusTest
class StrikeTest {

  @Inject Clock clock;

  private Instant start;
  private String org;
  private String asset;

  @BeforeEach
  void setUp() {
    start = clock.instant();
    org = verifiedOrganisation("US");
    asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
  }

  @AfterEach
  void resetClock() {
    com.shopwarden.ipr.IprFixtures.moveClock(clock, start);
  }

  @Test
  void threeActiveStrikesMakeARepeatInfringer() {
    String seller = unique("seller");
    List<String> notices = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      notices.add(upheldAgainst(seller));
    }
    List<String> violationKeys =
        events(Topics.IPR_NOTICES, NoticeUpheld.class, e -> e.accountId().equals(seller), 3, WAIT)
            .stream()
            .map(NoticeUpheld::violationKey)
            .toList();
    assertThat(violationKeys).hasSize(3);
    List<RepeatInfringerThresholdReached> reached =
        events(
            Topics.IPR_NOTICES,
            RepeatInfringerThresholdReached.class,
            e -> e.accountId().equals(seller),
            1,
            WAIT);
    assertThat(reached).hasSize(1);
    assertThat(reached.get(0).strikes()).isEqualTo(3);
    // The strikes' violations, so that enforcement's measure answers them.
    assertThat(reached.get(0).strikeViolationKeys())
        .containsExactlyInAnyOrderElementsOf(violationKeys)
        .allSatisfy(key -> assertThat(notices).anyMatch(key::contains));
    assertThat(reached.get(0).accountType()).isEqualTo(AccountType.CREATOR);
    assertThat(Duration.between(reached.get(0).window().start(), reached.get(0).window().end()))
        .isBetween(Duration.ofDays(90), Duration.ofDays(90).plusSeconds(1));
    get(agent("US"), "/api/v1/ipr/accounts/" + seller + "/strikes?market=US")
        .statusCode(200)
        .body("activeStrikes", equalTo(3));
    // The account sees its own strikes; another account does not.
    get(account(seller, "CREATOR"), "/api/v1/ipr/accounts/" + seller + "/strikes?market=US")
        .statusCode(200);
    get(account(unique("x"), "CREATOR"), "/api/v1/ipr/accounts/" + seller + "/strikes?market=US")
        .statusCode(403);
    get(agent("ID"), "/api/v1/ipr/accounts/" + seller + "/strikes?market=US").statusCode(403);
  }

  @Test
  void strikesExpireAfterNinetyDays() {
    String seller = unique("seller");
    upheldAgainst(seller);
    upheldAgainst(seller);
    ((AdjustableClock) clock).advance(Duration.ofDays(90).plusMinutes(1));
    upheldAgainst(seller);
    get(agent("US"), "/api/v1/ipr/accounts/" + seller + "/strikes?market=US")
        .body("activeStrikes", equalTo(1));
    assertThat(
            events(
                Topics.IPR_NOTICES,
                RepeatInfringerThresholdReached.class,
                e -> e.accountId().equals(seller),
                1,
                Duration.ofSeconds(5)))
        .isEmpty();
  }

  @Test
  void aRetractionRemovesItsStrike() {
    String seller = unique("seller");
    String first = upheldAgainst(seller);
    upheldAgainst(seller);
    post(holder(org), "/api/v1/ipr/notices/" + first + "/retraction", Map.of()).statusCode(200);
    upheldAgainst(seller);
    get(agent("US"), "/api/v1/ipr/accounts/" + seller + "/strikes?market=US")
        .body("activeStrikes", equalTo(2));
    assertThat(
            events(
                Topics.IPR_NOTICES,
                RepeatInfringerThresholdReached.class,
                e -> e.accountId().equals(seller),
                1,
                Duration.ofSeconds(5)))
        .isEmpty();
  }

  private String upheldAgainst(String accountId) {
    String noticeId = file(org, completeNotice("US", asset, accountId));
    decide(agent("US"), noticeId, "UPHELD", null).statusCode(200);
    return noticeId;
  }
}
