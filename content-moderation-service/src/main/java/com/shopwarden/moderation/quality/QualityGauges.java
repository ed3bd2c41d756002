package com.shopwarden.moderation.quality;

import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.moderation.quality.QualityViews.StrategyQuality;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Prometheus gauges of every ACTIVE and CANARY strategy version over the last 30 days: {@code
 * shopwarden_strategy_precision} and {@code shopwarden_strategy_overturn_rate}, tagged with market,
 * strategy, version and stage. A version without a figure (nothing labelled, nothing acted) has no
 * row rather than a made-up value. Refreshed by a job, so a scrape never runs the queries.
 */
@ApplicationScoped
public class QualityGauges {

  private static final Logger LOG = Logger.getLogger(QualityGauges.class);

  private final QualityService quality;
  private final ServedMarkets served;
  private final Clock clock;
  private final MultiGauge precision;
  private final MultiGauge overturnRate;

  public QualityGauges(
      QualityService quality, ServedMarkets served, Clock clock, MeterRegistry registry) {
    this.quality = quality;
    this.served = served;
    this.clock = clock;
    this.precision =
        MultiGauge.builder("shopwarden.strategy.precision")
            .description("Upheld ÷ labelled hits of the version, last 30 days")
            .register(registry);
    this.overturnRate =
        MultiGauge.builder("shopwarden.strategy.overturn.rate")
            .description("Appeal overturns ÷ actions of the version, last 30 days")
            .register(registry);
  }

  @Scheduled(
      every = "${shopwarden.moderation.quality.gauge-refresh:5m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return refresh()
        .onFailure()
        .invoke(e -> LOG.warnf("quality gauges not refreshed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** Recomputes the gauges of every served market; answers how many versions they cover. */
  public Uni<Integer> refresh() {
    QualityWindow window = QualityWindow.of(null, null, clock);
    return Multi.createFrom()
        .iterable(served.codes().stream().map(MarketCode::name).toList())
        .onItem()
        .transformToUniAndConcatenate(market -> quality.strategies(market, null, window))
        .collect()
        .asList()
        .map(
            reports -> {
              List<MultiGauge.Row<?>> precisions = new ArrayList<>();
              List<MultiGauge.Row<?>> overturns = new ArrayList<>();
              int covered = 0;
              for (var report : reports) {
                for (StrategyQuality q : report.items()) {
                  if (!q.stage().equals("ACTIVE") && !q.stage().equals("CANARY")) {
                    continue;
                  }
                  covered++;
                  Tags tags =
                      Tags.of(
                          "market", report.market(),
                          "strategy", q.name(),
                          "version", Integer.toString(q.version()),
                          "stage", q.stage());
                  if (q.figures().precision() != null) {
                    precisions.add(MultiGauge.Row.of(tags, q.figures().precision()));
                  }
                  if (q.figures().overturnRate() != null) {
                    overturns.add(MultiGauge.Row.of(tags, q.figures().overturnRate()));
                  }
                }
              }
              precision.register(precisions, true);
              overturnRate.register(overturns, true);
              return covered;
            });
  }
}
