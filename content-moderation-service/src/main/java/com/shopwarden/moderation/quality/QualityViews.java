package com.shopwarden.moderation.quality;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the quality API answers. */
public final class QualityViews {

  private QualityViews() {}

  /** A strategy version's figures. */
  public record StrategyQuality(
      UUID strategyId,
      String name,
      int version,
      String stage,
      boolean emergency,
      String action,
      String policyCode,
      QualityFigures figures) {}

  /** A term list's or hash bank's figures. */
  public record SourceQuality(String name, QualityFigures figures) {}

  /** Figures of one kind over a window. */
  public record Report<T>(String market, Instant from, Instant to, List<T> items) {}

  /** A market's figures as a whole over a window. */
  public record MarketQuality(String market, Instant from, Instant to, QualityFigures figures) {}
}
