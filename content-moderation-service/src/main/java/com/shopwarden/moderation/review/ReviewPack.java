package com.shopwarden.moderation.review;

import com.shopwarden.contracts.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A market's review settings as shipped ({@code markets/<CODE>/review.json}, falling back to {@code
 * markets/default/review.json}): queues and their routing, SLA per severity, the weights of the
 * priority formula, and the QA and ALLOW sampling shares. A field a market file leaves out is taken
 * from the default file, so a market states only where it differs.
 *
 * @param severityWeights harm factor of each severity
 * @param boosts priority multipliers for reported and escalated items
 * @param sla time from a task's creation to its deadline, per severity
 * @param qaSla deadline of a QA re-review task
 * @param labellingSla deadline of a labelling (sample) task
 * @param qaShare share of decided tasks re-reviewed blind by a senior moderator (0..1)
 * @param allowSampleShare share of ALLOW decisions labelled as ground truth for recall (0..1)
 * @param queues routing rules in order; the first that matches an item takes it, and the last must
 *     match everything
 */
public record ReviewPack(
    String description,
    Map<Severity, Double> severityWeights,
    Boosts boosts,
    Map<Severity, Duration> sla,
    Duration qaSla,
    Duration labellingSla,
    Double qaShare,
    Double allowSampleShare,
    List<QueueRule> queues) {

  /**
   * Priority multipliers.
   *
   * @param trustedFlagger an item a trusted flagger reported
   * @param userReport an item a user reported
   * @param escalation a task escalated to senior moderators
   */
  public record Boosts(double trustedFlagger, double userReport, double escalation) {}

  /**
   * A queue and the items it takes: every listed criterion must hold (an empty or absent list
   * matches anything).
   *
   * @param name the queue's name within the market ({@code <MARKET>.<name>} is its id)
   * @param policyCodes policy codes of the screening decision
   * @param languages ISO 639-1 codes of the item's language
   * @param kinds content kinds
   * @param sla this queue's SLA per severity, replacing the market's (the live queue is faster)
   */
  public record QueueRule(
      String name,
      List<String> policyCodes,
      List<String> languages,
      List<String> kinds,
      Map<Severity, Duration> sla) {

    public QueueRule {
      policyCodes = policyCodes == null ? List.of() : List.copyOf(policyCodes);
      languages = languages == null ? List.of() : List.copyOf(languages);
      kinds = kinds == null ? List.of() : List.copyOf(kinds);
      sla = sla == null ? Map.of() : Map.copyOf(sla);
    }

    boolean matches(String policyCode, String language, String kind) {
      return (policyCodes.isEmpty() || policyCodes.contains(policyCode))
          && (languages.isEmpty() || languages.contains(language))
          && (kinds.isEmpty() || kinds.contains(kind));
    }

    boolean catchAll() {
      return policyCodes.isEmpty() && languages.isEmpty() && kinds.isEmpty();
    }
  }

  /** This pack with every absent field taken from {@code fallback}. */
  ReviewPack over(ReviewPack fallback) {
    return new ReviewPack(
        description != null ? description : fallback.description,
        severityWeights != null ? severityWeights : fallback.severityWeights,
        boosts != null ? boosts : fallback.boosts,
        sla != null ? sla : fallback.sla,
        qaSla != null ? qaSla : fallback.qaSla,
        labellingSla != null ? labellingSla : fallback.labellingSla,
        qaShare != null ? qaShare : fallback.qaShare,
        allowSampleShare != null ? allowSampleShare : fallback.allowSampleShare,
        queues != null ? queues : fallback.queues);
  }
}
