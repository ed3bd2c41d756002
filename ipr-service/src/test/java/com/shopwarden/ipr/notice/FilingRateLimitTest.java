package com.shopwarden.ipr.notice;

import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Filing is bounded per organisation per hour (12 in tests): 429 with Retry-After beyond. */
@QuarkusTest
class FilingRateLimitTest {

  @Inject Clock clock;

  private Instant start;

  @AfterEach
  void resetClock() {
    if (start != null) {
      com.shopwarden.ipr.IprFixtures.moveClock(clock, start);
    }
  }

  @Test
  void theThirteenthNoticeInAnHourWaits() {
    start = clock.instant();
    String org = verifiedOrganisation("US");
    String other = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    String otherAsset = verifiedTrademark(other, "US", LocalDate.now().plusYears(2));
    for (int i = 0; i < 12; i++) {
      file(org, completeNotice("US", asset, unique("acct")));
      ((AdjustableClock) clock).advance(Duration.ofMinutes(1));
    }
    String retryAfter =
        post(holder(org), "/api/v1/ipr/notices", completeNotice("US", asset, unique("acct")))
            .statusCode(429)
            .body("type", equalTo("https://shopwarden.dev/problems/rate-limited"))
            .extract()
            .header("Retry-After");
    // The oldest filing leaves the hour 48 minutes from now.
    assertThat(Long.parseLong(retryAfter)).isBetween(47 * 60L, 48 * 60L + 1);
    // Another organisation is not affected.
    file(other, completeNotice("US", otherAsset, unique("acct")));
    ((AdjustableClock) clock).advance(Duration.ofMinutes(49));
    file(org, completeNotice("US", asset, unique("acct")));
  }
}
