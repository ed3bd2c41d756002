package com.shopwarden.health.model;

import com.shopwarden.market.Market;
import java.time.Instant;

/**
 * When a ledger entry stops counting. An entry issued at instant {@code t} is active until the
 * start of the legal day {@code legalDate(t) + days} in the market's legal time zone, and inactive
 * from that instant on: an entry issued any time on 10 January in Jakarta counts through 9 April
 * and stops at 00:00 on 10 April, Jakarta time (90 days). Counting whole legal days keeps the rule
 * the same for every entry of a day and immune to daylight-saving shifts.
 */
public final class EntryExpiry {

  private EntryExpiry() {}

  /** The first instant at which an entry issued at {@code issuedAt} no longer counts. */
  public static Instant expiresAt(Market market, Instant issuedAt, int days) {
    return market.startOfLegalDay(market.legalDate(issuedAt).plusDays(days));
  }
}
