package com.shopwarden.moderation.review;

import com.shopwarden.contracts.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The review API's bodies and views. */
public final class ReviewApi {

  private ReviewApi() {}

  /**
   * A decision on a task.
   *
   * @param outcome UPHOLD, CLEAR or ESCALATE
   * @param policyCode the violated policy (UPHOLD only, required there)
   * @param severity how grave (UPHOLD only, required there)
   * @param note the moderator's note, kept with the decision
   * @param reason why a senior moderator should decide (ESCALATE only, required there)
   */
  public record DecisionRequest(
      @NotNull Outcome outcome,
      @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String policyCode,
      Severity severity,
      @Size(max = 2000) String note,
      @Size(max = 2000) String reason) {}

  /**
   * A decision applied to a held task and to identical content previewed with it.
   *
   * @param decision UPHOLD or CLEAR
   * @param taskIds the identical tasks from the preview to decide alike (at most 500); tasks that
   *     are no longer identical, already decided or held by someone else are skipped
   */
  public record BulkDecisionRequest(
      @NotNull @Valid DecisionRequest decision,
      @NotNull @Size(max = BulkDecisions.MAX) List<@NotNull UUID> taskIds) {}

  /** A decision as shown. */
  public record DecisionView(
      UUID id,
      UUID taskId,
      Outcome outcome,
      String policyCode,
      String severity,
      String note,
      String reason,
      UUID bulkOf,
      String decidedBy,
      Instant decidedAt) {

    static DecisionView of(ReviewDecisionEntity d) {
      return new DecisionView(
          d.id,
          d.taskId,
          d.outcome,
          d.policyCode,
          d.severity,
          d.note,
          d.reason,
          d.bulkOf,
          d.decidedBy,
          d.decidedAt);
    }
  }

  /**
   * A task as a moderator sees it. A QA task does not show the decision it re-reviews (blind).
   *
   * @param status OPEN (also a claim whose lease ran out), CLAIMED or DECIDED
   * @param policyCode what screening flagged (for a sample: what the sampled strategy would flag)
   * @param priority the priority now and its components
   * @param decision the task's own final decision, once decided
   */
  public record TaskView(
      UUID id,
      String queue,
      String market,
      TaskPurpose purpose,
      TaskStatus status,
      UUID contentId,
      String contentKind,
      String language,
      String policyCode,
      String severity,
      UUID strategyId,
      Integer strategyVersion,
      String report,
      UUID evidenceSnapshotId,
      Instant createdAt,
      Instant deadline,
      boolean overdue,
      TaskPriority priority,
      String claimedBy,
      Instant leaseExpiresAt,
      boolean escalated,
      String escalationReason,
      DecisionView decision) {}

  /** A page of tasks; {@code nextCursor} is null on the last page. */
  public record TaskPage(String queue, List<TaskView> tasks, String nextCursor) {}

  /**
   * One queue's figures.
   *
   * @param depth undecided tasks (waiting and claimed)
   * @param waiting tasks a claim can take now
   * @param claimed tasks under a live lease
   * @param overdue undecided tasks past their deadline
   * @param oldestDeadline the earliest deadline of an undecided task
   * @param seniorOnly only senior moderators claim from it (escalation and QA)
   */
  public record QueueView(
      String id,
      String name,
      String market,
      long depth,
      long waiting,
      long claimed,
      long overdue,
      Instant oldestDeadline,
      boolean seniorOnly) {}

  /** A market's queues. */
  public record QueueList(String market, List<QueueView> queues) {}

  /** A decision and the task after it. */
  public record DecisionResult(DecisionView decision, TaskView task) {}

  /** Identical content of a task: undecided screening tasks a bulk decision would cover. */
  public record IdenticalTasks(UUID taskId, int count, List<UUID> taskIds) {}

  /** What a bulk decision did. */
  public record BulkResult(DecisionView decision, List<UUID> decided, List<SkippedTask> skipped) {}

  /** A previewed task a bulk decision left alone, and why. */
  public record SkippedTask(UUID taskId, String reason) {}
}
