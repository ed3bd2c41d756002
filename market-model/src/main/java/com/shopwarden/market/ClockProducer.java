package com.shopwarden.market;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The {@link Clock} every deadline, expiry, lease and timer reads. Tests replace it with a clock
 * they move by hand; legal day counts then convert its instants with {@link Market#legalDate}.
 */
@Singleton
public class ClockProducer {

  @Produces
  @Singleton
  @DefaultBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
