package com.shopwarden.health.bench;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The real clock for the booking benchmark: latencies are differences of the instants the service
 * records, so its clock has to run. Selected only by {@link BenchProfile}; the tests keep their
 * adjustable clock.
 */
@Alternative
public class SystemClockProducer {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
