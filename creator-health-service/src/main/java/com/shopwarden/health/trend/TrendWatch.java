package com.shopwarden.health.trend;

import com.shopwarden.contracts.ConfirmedViolation;
import com.shopwarden.contracts.TimeWindow;
import com.shopwarden.contracts.health.TrendAlertClosed;
import com.shopwarden.contracts.health.TrendAlertRaised;
import com.shopwarden.contracts.health.TrendFigures;
import com.shopwarden.health.model.HealthPacks;
import com.shopwarden.health.model.TrendRules;
import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

/**
 * Watches violations per market and policy: each confirmed violation re-evaluates its policy's
 * window, and the scheduler re-evaluates open alerts as windows slide. One {@code TrendAlertRaised}
 * per episode, one {@code TrendAlertClosed} when it normalises.
 */
@ApplicationScoped
public class TrendWatch {

  /** Open alerts the scheduler re-evaluates per pass. */
  static final int OPEN_BATCH = 200;

  private final ServedMarkets served;
  private final HealthPacks packs;
  private final TrendRepository trends;
  private final Outbox outbox;
  private final Clock clock;

  public TrendWatch(
      ServedMarkets served, HealthPacks packs, TrendRepository trends, Outbox outbox, Clock clock) {
    this.served = served;
    this.packs = packs;
    this.trends = trends;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Counts a confirmed violation once and re-evaluates its policy (in the inbox transaction). */
  public Uni<Void> violationConfirmed(ConfirmedViolation violation) {
    if (!served.serves(violation.market())) {
      return Uni.createFrom().voidItem();
    }
    return trends
        .recordViolation(
            violation.violationKey(),
            violation.market(),
            violation.policyCode(),
            violation.accountId(),
            violation.occurredAt())
        .chain(() -> evaluate(violation.market(), violation.policyCode(), clock.instant()));
  }

  /** Re-evaluates open alerts, so they close when their window slides past the rise. */
  public Uni<Integer> evaluateOpen() {
    Instant now = clock.instant();
    return Panache.withTransaction(
        () ->
            trends
                .allOpen(null, OPEN_BATCH)
                .flatMap(
                    open -> {
                      Uni<Void> work = Uni.createFrom().voidItem();
                      for (TrendAlertEpisode alert : open) {
                        work = work.chain(() -> evaluate(alert.market, alert.policyCode, now));
                      }
                      return work.replaceWith(open.size());
                    }));
  }

  private Uni<Void> evaluate(String market, String policyCode, Instant now) {
    TrendRules rules = packs.of(MarketCode.parse(market)).trends();
    Duration window = Duration.ofHours(rules.windowHours());
    Instant windowStart = now.minus(window);
    Instant baselineStart = windowStart.minus(window.multipliedBy(rules.baselineWindows()));
    return trends
        .lock(market, policyCode)
        .chain(() -> trends.count(market, policyCode, windowStart, now))
        .flatMap(
            observed ->
                trends
                    .windowCounts(
                        market, policyCode, baselineStart, window, rules.baselineWindows())
                    .map(
                        baseline ->
                            new Evaluation(
                                rules.figures(
                                    observed[0], LongStream.of(baseline).sum(), observed[1]),
                                rules.zScore(observed[0], baseline))))
        .flatMap(
            evaluation ->
                trends
                    .open(market, policyCode)
                    .flatMap(
                        open ->
                            decide(
                                rules,
                                open,
                                market,
                                policyCode,
                                new TimeWindow(windowStart, now),
                                evaluation,
                                now)));
  }

  /** A window's figures as the contract states them, and its z-score against the baseline. */
  private record Evaluation(TrendFigures figures, double zScore) {}

  private Uni<Void> decide(
      TrendRules rules,
      TrendAlertEpisode open,
      String market,
      String policyCode,
      TimeWindow window,
      Evaluation evaluation,
      Instant now) {
    TrendFigures figures = evaluation.figures();
    boolean alerting = rules.alerting(figures, evaluation.zScore());
    if (alerting && open == null) {
      TrendAlertEpisode alert = new TrendAlertEpisode();
      alert.id = UUID.randomUUID();
      alert.market = market;
      alert.policyCode = policyCode;
      alert.status = "OPEN";
      alert.raisedAt = now;
      record(alert, window, evaluation);
      return trends
          .persist(alert)
          .chain(
              () ->
                  outbox.publish(
                      new TrendAlertRaised(
                          UUID.randomUUID(), market, now, policyCode, window, figures)));
    }
    if (!alerting && open != null) {
      open.status = "CLOSED";
      open.closedAt = now;
      record(open, window, evaluation);
      return trends
          .flush()
          .chain(
              () ->
                  outbox.publish(
                      new TrendAlertClosed(
                          UUID.randomUUID(), market, now, policyCode, window, figures)));
    }
    if (open != null) {
      // Still the same episode: no event, but the API shows the latest figures.
      record(open, window, evaluation);
      return trends.flush();
    }
    return Uni.createFrom().voidItem();
  }

  private static void record(TrendAlertEpisode alert, TimeWindow window, Evaluation evaluation) {
    TrendFigures figures = evaluation.figures();
    alert.windowStart = window.start();
    alert.windowEnd = window.end();
    alert.observedCount = figures.observedCount();
    alert.baselineCount = figures.baselineCount();
    alert.ratio = figures.ratio();
    alert.threshold = figures.threshold();
    alert.distinctAccounts = figures.distinctAccounts();
    alert.zScore = evaluation.zScore();
  }

  /** Open alerts of a market for the API. */
  public Uni<List<TrendAlertEpisode>> openAlerts(String market, int limit) {
    return trends.allOpen(market, limit);
  }
}
