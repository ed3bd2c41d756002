package com.shopwarden.moderation.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Deployment settings of the review queues; the per-market plans are data (review.json). */
@ConfigMapping(prefix = "shopwarden.moderation.review")
public interface ReviewConfig {

  /** How long a claim holds a task; an expired lease returns the task to its queue. */
  @WithDefault("PT10M")
  Duration lease();

  /** How often the queue gauges (depth, oldest overdue age) are refreshed from the database. */
  @WithDefault("PT30S")
  Duration gaugeRefresh();

  /** Per-market overrides of the shipped plan's sampling shares, keyed by market code. */
  Map<String, MarketOverride> markets();

  /** A deployment's sampling shares for one market, over the shipped plan's. */
  interface MarketOverride {
    Optional<Double> qaShare();

    Optional<Double> allowSampleShare();
  }
}
