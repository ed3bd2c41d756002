package com.shopwarden.moderation.quality;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Records labels. Called inside the caller's transaction, so a label is stored with the decision
 * that produced it or not at all.
 */
@ApplicationScoped
public class ContentLabels {

  private final Clock clock;

  public ContentLabels(Clock clock) {
    this.clock = clock;
  }

  /** A judgement of a content item; {@code policyCode} names the violated policy, if any. */
  public record Judgement(
      UUID contentId, String market, LabelSource source, boolean violation, String policyCode) {}

  public Uni<LabelEntity> record(Judgement judgement, String labelledBy) {
    LabelEntity label = new LabelEntity();
    label.id = UUID.randomUUID();
    label.contentId = judgement.contentId();
    label.market = judgement.market();
    label.source = judgement.source();
    label.violation = judgement.violation();
    label.policyCode = judgement.policyCode();
    label.labelledBy = labelledBy;
    label.labelledAt = clock.instant();
    return label.persist();
  }
}
