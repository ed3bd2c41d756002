package com.shopwarden.moderation.quality;

import com.shopwarden.contracts.moderation.StrategyQualityFigures;

/**
 * Quality of a strategy version, term list, hash bank or market over a window. Ratios are null when
 * their denominator is 0.
 *
 * @param volume hits in the window (for a market: items screened)
 * @param acted of those, how many acted (a strategy hit that took effect; for lists, banks and
 *     markets: an item decided REVIEW or BLOCK)
 * @param labelled flagged hits (a non-ALLOW strategy's hits, acting or not; every list or bank hit;
 *     a market's REVIEW and BLOCK items) that a person labelled (latest label wins)
 * @param upheld of those, how many the label confirms as violations
 * @param precision {@code upheld / labelled}
 * @param overturned acted hits whose appeal was overturned
 * @param overturnRate {@code overturned / acted}
 * @param knownViolations items of the window labelled as violations (for a strategy: of its
 *     policy), whatever found them: review, the ALLOW sample, appeals
 * @param caught of those, how many it flagged
 * @param recall {@code caught / knownViolations}: an estimate, as violations nobody found are not
 *     counted
 */
public record QualityFigures(
    long volume,
    long acted,
    long labelled,
    long upheld,
    Double precision,
    long overturned,
    Double overturnRate,
    long knownViolations,
    long caught,
    Double recall) {

  static QualityFigures of(
      long volume,
      long acted,
      long labelled,
      long upheld,
      long overturned,
      long knownViolations,
      long caught) {
    return new QualityFigures(
        volume,
        acted,
        labelled,
        upheld,
        ratio(upheld, labelled),
        overturned,
        ratio(overturned, acted),
        knownViolations,
        caught,
        ratio(caught, knownViolations));
  }

  public static QualityFigures none() {
    return of(0, 0, 0, 0, 0, 0, 0);
  }

  /** The figures as the {@code StrategyRolledBack} contract carries them. */
  public StrategyQualityFigures toEvent() {
    return new StrategyQualityFigures(acted, overturned, precision, recall, overturnRate);
  }

  private static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}
