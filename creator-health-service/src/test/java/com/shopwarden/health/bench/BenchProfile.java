package com.shopwarden.health.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** The service as deployed, with a running clock and without per-transaction log noise. */
public class BenchProfile implements QuarkusTestProfile {

  @Override
  public Set<Class<?>> getEnabledAlternatives() {
    return Set.of(SystemClockProducer.class);
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    // Hibernate Reactive warns on every transaction that ran a native update (HHH90010101,
    // HHH90010108); writing thousands of those lines through Maven's console would measure the
    // console, not the booking.
    return Map.of(
        "quarkus.log.category.\"org.hibernate.orm.session\".level", "ERROR",
        "quarkus.log.category.\"io.smallrye.reactive.messaging.kafka\".level", "WARN");
  }
}
