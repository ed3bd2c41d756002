package com.shopwarden.moderation.screening;

import com.shopwarden.moderation.strategy.Action;
import java.util.List;
import java.util.UUID;

/**
 * The engine's verdict with everything that contributed to it.
 *
 * @param verdict the strongest action of the matching strategies, ALLOW when none matched
 * @param decidedBy the strategy whose action and severity won; null when none matched
 * @param reason the deciding strategy's reason, rendered
 * @param terms every term match, with field and position in the original text
 * @param scores every model score supplied
 * @param hashes every unsuppressed hash-bank match of the item's media
 * @param strategies every acting strategy that matched, strongest first
 * @param evaluated how many strategies were evaluated (the rest were skipped by the index)
 * @param processingMicros time spent screening, in microseconds
 * @param observed strategies that matched but did not act on this item (SHADOW versions, CANARY
 *     versions outside their share, ACTIVE versions standing aside for their canary): recorded for
 *     quality, never part of the decision
 */
public record ScreeningOutcome(
    Action verdict,
    StrategyHit decidedBy,
    String reason,
    List<TermSignal> terms,
    List<ScoreSignal> scores,
    List<HashSignal> hashes,
    List<StrategyHit> strategies,
    int evaluated,
    long processingMicros,
    List<StrategyHit> observed) {

  /** A term found in one text field. */
  public record TermSignal(
      String field,
      String list,
      String termId,
      String term,
      String mode,
      String severity,
      int start,
      int end,
      String excerpt) {}

  /** A model score supplied with the item. */
  public record ScoreSignal(String model, double score) {}

  /**
   * A media hash found in a hash bank.
   *
   * @param bank the bank's name
   * @param kind the bank's kind, e.g. {@code COUNTERFEIT_LOGO}
   * @param distance Hamming distance between the item's hash and the bank's
   * @param label the bank entry's label
   * @param hash the item's hash that matched (hex)
   */
  public record HashSignal(String bank, String kind, int distance, String label, String hash) {}

  /**
   * A strategy that matched.
   *
   * @param stage the version's stage when it matched: SHADOW, CANARY, ACTIVE or EMERGENCY
   */
  public record StrategyHit(
      UUID id,
      String name,
      int version,
      Action action,
      String policyCode,
      String severity,
      String stage) {}
}
