package com.shopwarden.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, so expiries, deadlines and leases are tested without sleeping.
 * Services under test get it as their {@link Clock} bean.
 */
public final class AdjustableClock extends Clock {

  private volatile Instant now;

  public AdjustableClock(Instant start) {
    this.now = start;
  }

  /** Starts at the real current time, truncated to milliseconds like the database stores it. */
  public static AdjustableClock atSystemTime() {
    return new AdjustableClock(Instant.ofEpochMilli(System.currentTimeMillis()));
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("Shopwarden computes zones from markets, not clocks");
  }
}
