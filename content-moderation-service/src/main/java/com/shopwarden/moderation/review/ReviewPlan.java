package com.shopwarden.moderation.review;

import com.shopwarden.contracts.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One market's review plan, checked: where a task goes, when it is due and how heavily it weighs.
 * Besides the routed queues every market has three of its own: {@code escalation} (senior
 * moderators only), {@code qa} (blind re-reviews, senior moderators only) and {@code labelling}
 * (sampled items labelled as ground truth).
 */
public final class ReviewPlan {

  public static final String ESCALATION = "escalation";
  public static final String QA = "qa";
  public static final String LABELLING = "labelling";
  private static final Set<String> RESERVED = Set.of(ESCALATION, QA, LABELLING);
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  private final String market;
  private final ReviewPack pack;
  private final double qaShare;
  private final double allowSampleShare;

  /**
   * @param qaShare the pack's QA share, or the deployment's override for the market
   * @param allowSampleShare the pack's ALLOW sample share, or the deployment's override
   */
  ReviewPlan(String market, ReviewPack pack, double qaShare, double allowSampleShare) {
    this.market = market;
    this.pack = pack;
    this.qaShare = share(qaShare, "qaShare");
    this.allowSampleShare = share(allowSampleShare, "allowSampleShare");
    check();
  }

  public String market() {
    return market;
  }

  public double qaShare() {
    return qaShare;
  }

  public double allowSampleShare() {
    return allowSampleShare;
  }

  public ReviewPack.Boosts boosts() {
    return pack.boosts();
  }

  /** The id of one of this market's queues: {@code <MARKET>.<name>}. */
  public String queueId(String name) {
    return market + "." + name;
  }

  /** Every queue of the market: the routed ones in order, then escalation, qa and labelling. */
  public List<String> queueIds() {
    List<String> ids = new ArrayList<>();
    pack.queues().forEach(q -> ids.add(queueId(q.name())));
    ids.add(queueId(ESCALATION));
    ids.add(queueId(QA));
    ids.add(queueId(LABELLING));
    return ids;
  }

  public boolean hasQueue(String id) {
    return queueIds().contains(id);
  }

  /** The first rule that takes an item with this policy code, language and kind. */
  public ReviewPack.QueueRule route(String policyCode, String language, String kind) {
    return pack.queues().stream()
        .filter(q -> q.matches(policyCode, language, kind))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the last queue of a plan matches all"));
  }

  /** Time from creation to deadline of a task of this severity in this queue. */
  public Duration sla(ReviewPack.QueueRule rule, Severity severity) {
    Duration own = rule.sla().get(severity);
    return own != null ? own : pack.sla().get(severity);
  }

  public Duration qaSla() {
    return pack.qaSla();
  }

  public Duration labellingSla() {
    return pack.labellingSla();
  }

  /** The harm factor of a severity (LOW's when none is known). */
  public double harm(Severity severity) {
    return pack.severityWeights().get(severity == null ? Severity.LOW : severity);
  }

  private void check() {
    require(pack.queues() != null && !pack.queues().isEmpty(), "queues: at least one queue");
    Set<String> names = new HashSet<>();
    for (ReviewPack.QueueRule rule : pack.queues()) {
      require(
          rule.name() != null && NAME.matcher(rule.name()).matches(), "queue name " + rule.name());
      require(!RESERVED.contains(rule.name()), "queue name " + rule.name() + " is reserved");
      require(names.add(rule.name()), "queue " + rule.name() + " appears twice");
      rule.sla().values().forEach(d -> positive(d, "queue " + rule.name() + " sla"));
    }
    require(
        pack.queues().get(pack.queues().size() - 1).catchAll(),
        "queues: the last queue must take everything (no criteria)");
    for (Severity s : Severity.values()) {
      require(pack.sla() != null && pack.sla().containsKey(s), "sla: missing " + s);
      positive(pack.sla().get(s), "sla " + s);
      Double weight = pack.severityWeights() == null ? null : pack.severityWeights().get(s);
      require(weight != null && weight > 0, "severityWeights: missing or not positive " + s);
    }
    positive(pack.qaSla(), "qaSla");
    positive(pack.labellingSla(), "labellingSla");
    ReviewPack.Boosts b = pack.boosts();
    require(
        b != null && b.trustedFlagger() >= 1 && b.userReport() >= 1 && b.escalation() >= 1,
        "boosts: each at least 1");
  }

  private void positive(Duration d, String what) {
    require(d != null && !d.isNegative() && !d.isZero(), what + " must be a positive duration");
  }

  private double share(double value, String what) {
    require(value >= 0 && value <= 1, what + " must lie in 0..1");
    return value;
  }

  private void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("review plan of " + market + ": " + what);
    }
  }

  /** The settings as loaded, for views. */
  Map<Severity, Duration> sla() {
    return pack.sla();
  }
}
