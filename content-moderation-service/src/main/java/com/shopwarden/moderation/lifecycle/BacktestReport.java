package com.shopwarden.moderation.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a strategy version would have decided over stored items, against their human labels.
 *
 * @param evaluated items run over
 * @param truncated whether the range held more items than the limit
 * @param matched items the version matched (it would have taken its action)
 * @param changed items whose stored verdict differs from the verdict this version alone gives (its
 *     action when it matches, ALLOW otherwise)
 * @param confusion matched/unmatched against the latest label (unlabelled items counted apart)
 * @param precision {@code truePositives / (truePositives + falsePositives)}, null when undefined
 * @param recall {@code truePositives / (truePositives + falseNegatives)}, null when undefined
 * @param items the first 100 items with what the version did and what people said
 */
public record BacktestReport(
    UUID strategyId,
    String name,
    int version,
    String stage,
    String action,
    Instant from,
    Instant to,
    int evaluated,
    boolean truncated,
    long matched,
    long changed,
    Confusion confusion,
    Double precision,
    Double recall,
    List<Item> items) {

  /** Matched or not, against violating or not. */
  public record Confusion(
      long truePositives,
      long falsePositives,
      long falseNegatives,
      long trueNegatives,
      long unlabelled) {}

  /**
   * One item of the run.
   *
   * @param labelledViolation the latest label; null when nobody labelled the item
   */
  public record Item(
      UUID contentId,
      Instant receivedAt,
      String storedVerdict,
      boolean matched,
      Boolean labelledViolation) {}
}
