package com.shopwarden.moderation.review;

import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.Severity;
import com.shopwarden.moderation.intake.ContentItemEntity;
import com.shopwarden.moderation.intake.ContentRequest;
import com.shopwarden.moderation.intake.ReviewTaskEntity;
import com.shopwarden.text.EvasionNormaliser;
import com.shopwarden.text.ScreeningLanguages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Opens tasks where they belong: a REVIEW decision into the queue its market's plan routes it to,
 * with its fixed priority components and its SLA deadline; samples into the labelling queue; QA
 * re-reviews into the QA queue. Called inside the caller's transaction.
 */
@ApplicationScoped
public class TaskRouting {

  private static final Pattern SYMBOLS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

  private final ReviewPlans plans;
  private final EvasionNormaliser normaliser = new EvasionNormaliser();

  public TaskRouting(ReviewPlans plans) {
    this.plans = plans;
  }

  /** The task of a REVIEW decision, routed; not yet stored (see {@link #store}). */
  public ReviewTaskEntity screening(
      ContentItemEntity item, ContentRequest request, UUID snapshotId, Instant now) {
    ReviewPlan plan = plans.of(item.market);
    ReviewTaskEntity task = base(item.id, item.market, TaskPurpose.SCREENING, now);
    task.policyCode = item.policyCode;
    task.severity = item.severity;
    task.strategyId = item.strategyId;
    task.strategyVersion = item.strategyVersion;
    task.contentKind = item.kind;
    task.language = item.language;
    task.evidenceSnapshotId = snapshotId;
    task.report = request.report();
    task.textFingerprint = fingerprint(request.text(), item.language);
    ReviewPack.QueueRule rule = plan.route(item.policyCode, item.language, item.kind);
    task.queue = plan.queueId(rule.name());
    task.harm = plan.harm(severity(item.severity));
    task.audience = audience(item.kind, request.reach());
    task.reach = TaskPriority.reach(task.audience);
    task.boost = reportBoost(plan, request.report());
    due(task, plan.sla(rule, severity(item.severity)), now);
    return task;
  }

  /** Stores a routed screening task with its item's PDQ hashes. */
  public Uni<Void> store(ReviewTaskEntity task, ContentRequest request) {
    Uni<Void> stored = task.persist().replaceWithVoid();
    for (String hash : hashes(request)) {
      ReviewTaskHashEntity row = new ReviewTaskHashEntity();
      row.id = UUID.randomUUID();
      row.taskId = task.id;
      row.market = task.market;
      row.pdqHash = hash;
      stored = stored.chain(() -> row.persist().replaceWithVoid());
    }
    return stored;
  }

  /** Routes a labelling task (an ALLOW or SHADOW sample) into the market's labelling queue. */
  public void labelling(ReviewTaskEntity task, ContentItemEntity item, UUID snapshotId) {
    ReviewPlan plan = plans.of(task.market);
    task.queue = plan.queueId(ReviewPlan.LABELLING);
    task.contentKind = item == null ? null : item.kind;
    task.language = item == null ? null : item.language;
    task.evidenceSnapshotId = snapshotId;
    task.harm = plan.harm(severity(task.severity));
    task.reach = 1;
    task.boost = 1;
    due(task, plan.labellingSla(), task.createdAt);
  }

  /** A blind re-review of a decided task, for a senior moderator other than its decider. */
  public ReviewTaskEntity qa(ReviewTaskEntity decided, String decider, Instant now) {
    ReviewPlan plan = plans.of(decided.market);
    ReviewTaskEntity task = base(decided.contentId, decided.market, TaskPurpose.QA, now);
    task.queue = plan.queueId(ReviewPlan.QA);
    task.policyCode = decided.policyCode;
    task.severity = decided.severity;
    task.strategyId = decided.strategyId;
    task.strategyVersion = decided.strategyVersion;
    task.contentKind = decided.contentKind;
    task.language = decided.language;
    task.report = decided.report;
    task.evidenceSnapshotId = decided.evidenceSnapshotId;
    task.harm = decided.harm;
    task.reach = decided.reach;
    task.audience = decided.audience;
    task.boost = 1;
    task.qaOf = decided.id;
    task.qaSubject = decider;
    task.qaQueue = decided.queue;
    due(task, plan.qaSla(), now);
    return task;
  }

  /** Moves a task to the market's escalation queue with the escalation boost. */
  public void escalate(ReviewTaskEntity task, String reason) {
    ReviewPlan plan = plans.of(task.market);
    task.queue = plan.queueId(ReviewPlan.ESCALATION);
    task.escalated = true;
    task.escalationReason = reason;
    task.boost = task.boost * plan.boosts().escalation();
  }

  private static ReviewTaskEntity base(
      UUID contentId, String market, TaskPurpose purpose, Instant now) {
    ReviewTaskEntity task = new ReviewTaskEntity();
    task.id = UUID.randomUUID();
    task.contentId = contentId;
    task.market = market;
    task.purpose = purpose.name();
    task.status = TaskStatus.OPEN.name();
    task.createdAt = now;
    return task;
  }

  private static void due(ReviewTaskEntity task, Duration sla, Instant now) {
    task.slaSeconds = sla.toSeconds();
    // Milliseconds, as the database keeps them, so listing cursors read back what they wrote.
    task.deadline = now.plus(sla).truncatedTo(ChronoUnit.MILLIS);
  }

  private static double reportBoost(ReviewPlan plan, String report) {
    if ("TRUSTED_FLAGGER".equals(report)) {
      return plan.boosts().trustedFlagger();
    }
    return "USER".equals(report) ? plan.boosts().userReport() : 1;
  }

  /** A live segment's current viewers (its followers when none were given), else followers. */
  static long audience(String kind, ContentRequest.Reach reach) {
    if (reach == null) {
      return 0;
    }
    long followers = reach.followers() == null ? 0 : reach.followers();
    long viewers = reach.liveViewers() == null ? 0 : reach.liveViewers();
    return ContentKind.LIVESTREAM_SEGMENT.name().equals(kind) && viewers > 0 ? viewers : followers;
  }

  private static Severity severity(String name) {
    return name == null ? Severity.LOW : Severity.valueOf(name);
  }

  /** The item's distinct PDQ hashes in lower case. */
  static Set<String> hashes(ContentRequest request) {
    Set<String> all = new LinkedHashSet<>();
    if (request.pdqHashes() != null) {
      request.pdqHashes().forEach(h -> all.add(h.toLowerCase(Locale.ROOT)));
    }
    if (request.media() != null) {
      request.media().forEach(m -> all.add(m.pdqHash().toLowerCase(Locale.ROOT)));
    }
    return all;
  }

  /**
   * SHA-256 of the item's texts as the matcher normalises them (case, diacritics, confusables,
   * digit swaps and separators folded; symbols dropped first), field by field; null when the item
   * has no text. Two items that read the same share it.
   */
  String fingerprint(ContentRequest.Texts texts, String language) {
    if (texts == null) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    boolean any = false;
    for (String field :
        Stream.of(
                texts.title(),
                texts.description(),
                texts.captions(),
                texts.transcript(),
                texts.brand())
            .toList()) {
      // Symbols go first: the normaliser reads "!" and "$" as letters (leetspeak), which would
      // make "bag!!" another text than "bag".
      String words = field == null ? "" : SYMBOLS.matcher(field).replaceAll(" ");
      String normalised =
          words.isBlank()
              ? ""
              : normaliser.normalise(words, ScreeningLanguages.require(language)).text();
      any |= !normalised.isEmpty();
      joined.append(normalised).append('\u001f');
    }
    if (!any) {
      return null;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(joined.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
