package com.shopwarden.health.signals;

import com.shopwarden.contracts.commerce.CommerceSignalKind;
import com.shopwarden.health.api.SignalsView;
import com.shopwarden.health.config.HealthConfig;
import com.shopwarden.market.Market;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An account's commerce counts and rates over the configured rolling windows ending now. Each
 * window is one indexed range read of the account's rows; nothing scans other accounts.
 */
@ApplicationScoped
public class SignalWindows {

  private final SignalRepository signals;
  private final HealthConfig config;
  private final Clock clock;

  public SignalWindows(SignalRepository signals, HealthConfig config, Clock clock) {
    this.signals = signals;
    this.config = config;
    this.clock = clock;
  }

  @WithSession
  public Uni<SignalsView> of(Market market, String accountId) {
    Instant now = clock.instant();
    String code = market.code().name();
    List<Duration> windows = config.signalWindows().stream().sorted().toList();
    List<SignalsView.Window> views = new ArrayList<>();
    Uni<Void> work = Uni.createFrom().voidItem();
    for (Duration window : windows) {
      Instant from = now.minus(window);
      work =
          work.chain(() -> signals.countsEndingIn(code, accountId, from, now))
              .invoke(counts -> views.add(window(window, from, now, counts)))
              .replaceWithVoid();
    }
    return work.replaceWith(() -> new SignalsView(accountId, code, List.copyOf(views), now));
  }

  private static SignalsView.Window window(
      Duration window, Instant from, Instant to, List<SignalRepository.KindCount> counts) {
    Map<CommerceSignalKind, Long> byKind = new EnumMap<>(CommerceSignalKind.class);
    for (SignalRepository.KindCount count : counts) {
      byKind.put(CommerceSignalKind.valueOf(count.kind()), count.count());
    }
    Map<String, Long> all = new LinkedHashMap<>();
    SignalRates.complete(byKind).forEach((kind, count) -> all.put(kind.name(), count));
    return new SignalsView.Window(window.toString(), from, to, all, SignalRates.of(byKind));
  }
}
