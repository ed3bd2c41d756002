package com.shopwarden.moderation.review;

import com.shopwarden.moderation.intake.ContentItemEntity;
import com.shopwarden.moderation.intake.EvidenceSnapshotEntity;
import com.shopwarden.moderation.intake.ReviewTaskEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Opens a task that asks a person to label an item that screening did not send to review: a sampled
 * ALLOW decision or a sampled SHADOW strategy hit. It waits in the market's labelling queue. Called
 * inside the caller's transaction, after the item and its evidence snapshot are stored.
 */
@ApplicationScoped
public class LabellingTasks {

  private final TaskRouting routing;
  private final Clock clock;

  public LabellingTasks(TaskRouting routing, Clock clock) {
    this.routing = routing;
    this.clock = clock;
  }

  /**
   * A labelling task for a stored item.
   *
   * @param strategyId the SHADOW strategy whose hit is sampled; null for ALLOW samples
   */
  public Uni<ReviewTaskEntity> open(
      UUID contentId,
      String market,
      TaskPurpose purpose,
      String policyCode,
      String severity,
      UUID strategyId,
      Integer strategyVersion) {
    ReviewTaskEntity task = new ReviewTaskEntity();
    task.id = UUID.randomUUID();
    task.contentId = contentId;
    task.market = market;
    task.policyCode = policyCode;
    task.severity = severity;
    task.strategyId = strategyId;
    task.strategyVersion = strategyVersion;
    task.status = TaskStatus.OPEN.name();
    task.purpose = purpose.name();
    task.createdAt = clock.instant();
    return ContentItemEntity.<ContentItemEntity>findById(contentId)
        .chain(
            item ->
                EvidenceSnapshotEntity.<EvidenceSnapshotEntity>find(
                        "contentId = ?1 order by capturedAt desc", contentId)
                    .firstResult()
                    .chain(
                        snapshot -> {
                          routing.labelling(task, item, snapshot == null ? null : snapshot.id);
                          return task.persist();
                        }));
  }
}
