package com.shopwarden.ipr.counter;

import com.shopwarden.market.LegalRegime;
import com.shopwarden.market.Market;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When counter-noticed content comes back: on the configured business day after receipt, counted in
 * the market's legal time zone with its business-day calendar (the day of receipt never counts).
 * DMCA 512(g)(2)(C) allows no earlier than the 10th and no later than the 14th business day.
 */
public final class RestoreSchedule {

  /** DMCA bounds on the restore day. */
  public static final int DMCA_EARLIEST = 10;

  public static final int DMCA_LATEST = 14;

  private RestoreSchedule() {}

  /** The restore day; refuses a configuration the market's regime forbids. */
  public static LocalDate restoreDate(Market market, Instant receivedAt, int businessDays) {
    requireLawful(market, businessDays);
    return market.businessDayAfter(receivedAt, businessDays);
  }

  /** The instant the restore becomes due: the start of the restore day in the legal zone. */
  public static Instant dueAt(Market market, LocalDate restoreDate) {
    return market.startOfLegalDay(restoreDate);
  }

  /** Fails when {@code businessDays} is outside what the market's regime allows. */
  public static void requireLawful(Market market, int businessDays) {
    if (businessDays < 1) {
      throw new IllegalStateException("restore business days must be at least 1");
    }
    if (market.isSubjectTo(LegalRegime.US_DMCA)
        && (businessDays < DMCA_EARLIEST || businessDays > DMCA_LATEST)) {
      throw new IllegalStateException(
          market.code()
              + ": DMCA 512(g) restores between the 10th and 14th business day, not the "
              + businessDays
              + "th");
    }
  }
}
