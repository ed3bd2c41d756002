package com.shopwarden.moderation.intake;

import com.shopwarden.moderation.screening.ScreeningOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The stored decision on one version of an item, returned by intake (also on a repeat) and by the
 * read endpoints.
 *
 * @param contentId this service's id of the item version
 * @param verdict ALLOW, REVIEW or BLOCK
 * @param policyCode the deciding strategy's policy code; null for ALLOW without a strategy
 * @param severity the deciding strategy's severity; null likewise
 * @param reason the rendered reason
 * @param decidedBy the deciding strategy (id, name, version); null when none matched
 * @param signals every contributing signal
 * @param evaluatedStrategies how many strategies were evaluated
 * @param processingMicros screening time in microseconds
 * @param evidenceSnapshotId the frozen evidence of this decision
 * @param reviewTaskId the review task of a REVIEW decision
 */
public record ContentDecision(
    UUID contentId,
    String sourcePlatform,
    String externalId,
    int version,
    String market,
    String kind,
    String language,
    String creatorId,
    String sellerId,
    String verdict,
    String policyCode,
    String severity,
    String reason,
    ScreeningOutcome.StrategyHit decidedBy,
    Signals signals,
    int evaluatedStrategies,
    long processingMicros,
    UUID evidenceSnapshotId,
    UUID reviewTaskId,
    Instant decidedAt) {

  /** Every signal that contributed. */
  public record Signals(
      List<ScreeningOutcome.TermSignal> terms,
      List<ScreeningOutcome.ScoreSignal> scores,
      List<ScreeningOutcome.HashSignal> hashes,
      List<ScreeningOutcome.StrategyHit> strategies) {}
}
