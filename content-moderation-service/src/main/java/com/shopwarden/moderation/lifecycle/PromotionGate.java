package com.shopwarden.moderation.lifecycle;

import com.shopwarden.moderation.quality.QualityRepository;
import com.shopwarden.moderation.strategy.StrategyVersionEntity;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The gate out of SHADOW: a version needs at least the market's minimum of human-labelled outcomes
 * (its hits, acting or not, whose item a person labelled) and a precision at or above the market's
 * floor. A refusal is a 422 naming the failed condition with the figures.
 */
@ApplicationScoped
public class PromotionGate {

  /** All of a version's history counts: outcomes are labelled long after the hit. */
  private static final Instant BEGINNING = Instant.EPOCH;

  private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

  private final QualityRepository quality;
  private final LifecyclePolicies lifecycle;

  public PromotionGate(QualityRepository quality, LifecyclePolicies lifecycle) {
    this.quality = quality;
    this.lifecycle = lifecycle;
  }

  /** Fails with a 422 problem when the version may not leave SHADOW. */
  public Uni<Void> check(String market, StrategyVersionEntity v) {
    LifecyclePolicy.Promotion rule = lifecycle.of(market).promotion();
    return quality
        .strategies(market, BEGINNING, END, v.strategyId)
        .map(
            rows ->
                rows.stream()
                    .filter(r -> r.version() == v.version)
                    .map(QualityRepository.Keyed::figures)
                    .findFirst()
                    .orElse(null))
        .invoke(
            figures -> {
              long labelled = figures == null ? 0 : figures.labelled();
              Double precision = figures == null ? null : figures.precision();
              if (labelled < rule.minLabelledOutcomes()) {
                throw refusal(
                    "minLabelledOutcomes",
                    "v"
                        + v.version
                        + " has "
                        + labelled
                        + " human-labelled outcomes; leaving SHADOW needs "
                        + rule.minLabelledOutcomes(),
                    labelled,
                    precision,
                    rule);
              }
              if (precision == null || precision < rule.minPrecision()) {
                throw refusal(
                    "minPrecision",
                    "v"
                        + v.version
                        + " has precision "
                        + precision
                        + " over "
                        + labelled
                        + " labelled outcomes; the market's floor is "
                        + rule.minPrecision(),
                    labelled,
                    precision,
                    rule);
              }
            })
        .replaceWithVoid();
  }

  private static ProblemException refusal(
      String condition,
      String detail,
      long labelled,
      Double precision,
      LifecyclePolicy.Promotion rule) {
    return new ProblemException(ProblemType.UNPROCESSABLE, detail)
        .with("condition", condition)
        .with("labelledOutcomes", labelled)
        .with("minLabelledOutcomes", rule.minLabelledOutcomes())
        .with("precision", precision == null ? "unknown" : precision)
        .with("minPrecision", rule.minPrecision());
  }
}
