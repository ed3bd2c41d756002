package com.shopwarden.ipr.counter;

import com.shopwarden.ipr.config.IprConfig;
import com.shopwarden.market.ServedMarkets;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Refuses to start with a restore day the law of a served market forbids. */
@ApplicationScoped
public class RestoreConfigCheck {

  void onStart(@Observes StartupEvent event, ServedMarkets served, IprConfig config) {
    served.markets().forEach(m -> RestoreSchedule.requireLawful(m, config.restoreBusinessDays()));
  }
}
