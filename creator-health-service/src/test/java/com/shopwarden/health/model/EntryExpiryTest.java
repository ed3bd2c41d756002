package com.shopwarden.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.market.Market;
import com.shopwarden.market.MarketCatalog;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Entries expire at the start of the legal day issue date + N days, in the market's zone. */
class EntryExpiryTest {

  private static final MarketCatalog CATALOG = MarketCatalog.bundled();

  @Test
  void lastMillisecondOfAJakartaDayExpiresWithThatDay() {
    Market indonesia = CATALOG.of("ID");
    // 23:59:59.999 on 10 January in Jakarta (UTC+7).
    Instant issued = Instant.parse("2026-01-10T16:59:59.999Z");
    assertThat(EntryExpiry.expiresAt(indonesia, issued, 90))
        .isEqualTo(Instant.parse("2026-04-09T17:00:00Z")); // 00:00 on 10 April in Jakarta
  }

  @Test
  void firstInstantOfTheNextJakartaDayExpiresADayLater() {
    Market indonesia = CATALOG.of("ID");
    Instant issued = Instant.parse("2026-01-10T17:00:00Z"); // 00:00 on 11 January in Jakarta
    assertThat(EntryExpiry.expiresAt(indonesia, issued, 90))
        .isEqualTo(Instant.parse("2026-04-10T17:00:00Z"));
  }

  @Test
  void theSameInstantExpiresOnDifferentInstantsInDifferentZones() {
    Instant issued = Instant.parse("2026-01-10T20:00:00Z");
    // Kuala Lumpur (UTC+8): 04:00 on 11 January; 90 days later is 11 April.
    assertThat(EntryExpiry.expiresAt(CATALOG.of("MY"), issued, 90))
        .isEqualTo(Instant.parse("2026-04-10T16:00:00Z"));
  }

  @Test
  void newYorkCountsLegalDaysAcrossTheDaylightSavingChange() {
    Market us = CATALOG.of("US");
    // 15:00 on 10 January in New York (EST); 180 days later is 9 July, which starts in EDT.
    Instant issued = Instant.parse("2026-01-10T20:00:00Z");
    assertThat(EntryExpiry.expiresAt(us, issued, 180))
        .isEqualTo(Instant.parse("2026-07-09T04:00:00Z"));
  }

  @Test
  void anEntryCountsUntilTheInstantBeforeItsExpiry() {
    Instant expiry = Instant.parse("2026-04-09T17:00:00Z");
    LedgerLine entry = new LedgerLine(4, expiry, false);
    assertThat(entry.activeAt(expiry.minusMillis(1))).isTrue();
    assertThat(entry.activeAt(expiry)).isFalse();
    assertThat(new LedgerLine(4, expiry, true).activeAt(expiry.minusSeconds(60))).isFalse();
  }
}
