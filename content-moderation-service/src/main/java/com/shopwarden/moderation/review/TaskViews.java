package com.shopwarden.moderation.review;

import com.shopwarden.moderation.intake.ReviewTaskEntity;
import java.time.Instant;

/** Maps tasks to their views at a moment (status and urgency depend on it). */
final class TaskViews {

  private TaskViews() {}

  static ReviewApi.TaskView of(ReviewTaskEntity t, ReviewDecisionEntity decision, Instant now) {
    return new ReviewApi.TaskView(
        t.id,
        t.queue,
        t.market,
        TaskPurpose.valueOf(t.purpose),
        status(t, now),
        t.contentId,
        t.contentKind,
        t.language,
        t.policyCode,
        t.severity,
        t.strategyId,
        t.strategyVersion,
        t.report,
        t.evidenceSnapshotId,
        t.createdAt,
        t.deadline,
        t.decidedAt == null ? now.isAfter(t.deadline) : t.decidedAt.isAfter(t.deadline),
        TaskPriority.at(t.harm, t.reach, t.boost, t.audience, t.slaSeconds, t.deadline, now),
        held(t, now) ? t.claimedBy : null,
        held(t, now) ? t.leaseExpiresAt : null,
        t.escalated,
        t.escalationReason,
        decision == null ? null : ReviewApi.DecisionView.of(decision));
  }

  /** A CLAIMED task whose lease ran out is waiting again. */
  static TaskStatus status(ReviewTaskEntity t, Instant now) {
    TaskStatus status = TaskStatus.valueOf(t.status);
    return status == TaskStatus.CLAIMED && !held(t, now) ? TaskStatus.OPEN : status;
  }

  static boolean held(ReviewTaskEntity t, Instant now) {
    return TaskStatus.CLAIMED.name().equals(t.status)
        && t.leaseExpiresAt != null
        && t.leaseExpiresAt.isAfter(now);
  }

  static boolean heldBy(ReviewTaskEntity t, String subject, Instant now) {
    return held(t, now) && subject.equals(t.claimedBy);
  }
}
