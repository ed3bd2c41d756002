package com.shopwarden.ipr;

import com.shopwarden.testing.AdjustableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock tests move, so that leases, restore days and strike expiry need no waiting. */
public class IprClock {

  @Produces
  @Singleton
  Clock clock() {
    return AdjustableClock.atSystemTime();
  }
}
