package com.shopwarden.moderation;

import com.shopwarden.testing.AdjustableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock moderation tests move, so that review leases, SLA deadlines, emergency-rule expiry and
 * quality windows are tested without sleeping. Tests inject {@code Clock} and cast it.
 */
public class ModerationClock {

  @Produces
  @Singleton
  Clock clock() {
    return AdjustableClock.atSystemTime();
  }
}
