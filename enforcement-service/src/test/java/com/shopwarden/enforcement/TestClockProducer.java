package com.shopwarden.enforcement;

import com.shopwarden.testing.AdjustableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock the tests move. */
public class TestClockProducer {

  @Produces
  @Singleton
  Clock clock() {
    return AdjustableClock.atSystemTime();
  }
}
