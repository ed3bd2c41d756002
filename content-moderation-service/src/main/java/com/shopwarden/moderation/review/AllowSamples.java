package com.shopwarden.moderation.review;

import com.shopwarden.moderation.intake.ContentItemEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Samples ALLOW decisions into the labelling queue: the ground truth for the recall estimate (what
 * screening let through that a person calls a violation). The market plan's {@code
 * allowSampleShare} (default 0.5%) decides, by the stable hash of the content id.
 */
@ApplicationScoped
public class AllowSamples {

  private final ReviewPlans plans;
  private final LabellingTasks labelling;

  public AllowSamples(ReviewPlans plans, LabellingTasks labelling) {
    this.plans = plans;
    this.labelling = labelling;
  }

  /** Opens an ALLOW_SAMPLE task for a stored ALLOW decision when it falls into the sample. */
  public Uni<Void> consider(ContentItemEntity item) {
    if (!StableSample.includes(item.id, plans.of(item.market).allowSampleShare())) {
      return Uni.createFrom().voidItem();
    }
    return labelling
        .open(item.id, item.market, TaskPurpose.ALLOW_SAMPLE, null, null, null, null)
        .replaceWithVoid();
  }
}
