package com.shopwarden.moderation.review;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.moderation.intake.ReviewTaskEntity;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Deciding identical content at once: the same item re-posted (same normalised texts, or one PDQ
 * hash in common) in one market. A moderator holding one task previews the undecided screening
 * tasks identical to it, then applies the decision to the held task and the previewed ones, each
 * with its own decision, label and event, in one transaction.
 */
@ApplicationScoped
public class BulkDecisions {

  /** Most tasks one bulk decision covers. */
  public static final int MAX = 500;

  private final ReviewTaskRepository tasks;
  private final ReviewDecisions decisions;
  private final MarketAccess access;
  private final Clock clock;

  public BulkDecisions(
      ReviewTaskRepository tasks, ReviewDecisions decisions, MarketAccess access, Clock clock) {
    this.tasks = tasks;
    this.decisions = decisions;
    this.access = access;
    this.clock = clock;
  }

  /** The undecided screening tasks identical to a task, oldest first (at most {@link #MAX}). */
  @WithSession
  public Uni<ReviewApi.IdenticalTasks> preview(Caller caller, UUID id) {
    return tasks
        .findById(id)
        .chain(
            task -> {
              if (task == null) {
                throw ProblemException.notFound("no review task " + id);
              }
              access.require(caller, task.market);
              return tasks.identical(task, MAX);
            })
        .map(ids -> new ReviewApi.IdenticalTasks(id, ids.size(), ids));
  }

  /** Decides the held task and the previewed identical tasks alike (uphold or clear). */
  @WithTransaction
  public Uni<ReviewApi.BulkResult> apply(
      Caller caller, UUID id, ReviewApi.BulkDecisionRequest request) {
    ReviewApi.DecisionRequest decision = request.decision();
    if (decision.outcome() == Outcome.ESCALATE) {
      throw ProblemException.invalidField("decision.outcome", "bulk decisions uphold or clear")
          .with("allowed", List.of(Outcome.UPHOLD.name(), Outcome.CLEAR.name()));
    }
    ReviewDecisions.requireComplete(decision);
    Instant now = clock.instant();
    return tasks
        .lock(id)
        .chain(task -> decisions.held(caller, task, id, now))
        .chain(
            anchor -> {
              if (!TaskPurpose.SCREENING.name().equals(anchor.purpose)) {
                throw ProblemException.conflict("only screening tasks are decided in bulk");
              }
              return tasks
                  .identical(anchor, MAX)
                  .chain(
                      identical ->
                          decisions
                              .apply(caller, anchor, decision, null, now)
                              .chain(
                                  first ->
                                      others(caller, anchor, request, identical, now)
                                          .map(
                                              outcome ->
                                                  new ReviewApi.BulkResult(
                                                      ReviewApi.DecisionView.of(first),
                                                      outcome.decided(),
                                                      outcome.skipped()))));
            });
  }

  private record Outcomes(List<UUID> decided, List<ReviewApi.SkippedTask> skipped) {}

  private Uni<Outcomes> others(
      Caller caller,
      ReviewTaskEntity anchor,
      ReviewApi.BulkDecisionRequest request,
      List<UUID> identical,
      Instant now) {
    Set<UUID> current = new HashSet<>(identical);
    List<UUID> decided = new ArrayList<>();
    List<ReviewApi.SkippedTask> skipped = new ArrayList<>();
    List<UUID> wanted = new ArrayList<>();
    for (UUID taskId : new LinkedHashSet<>(request.taskIds())) {
      if (taskId.equals(anchor.id)) {
        continue;
      }
      if (current.contains(taskId)) {
        wanted.add(taskId);
      } else {
        skipped.add(new ReviewApi.SkippedTask(taskId, "not an undecided identical task"));
      }
    }
    return tasks
        .lockUndecided(wanted)
        .chain(
            locked -> {
              Map<UUID, ReviewTaskEntity> byId = new HashMap<>();
              locked.forEach(task -> byId.put(task.id, task));
              Uni<Void> chain = Uni.createFrom().voidItem();
              // In the order asked for, so the answer lists them as the caller sent them.
              for (UUID taskId : wanted) {
                ReviewTaskEntity task = byId.get(taskId);
                if (task == null) {
                  skipped.add(
                      new ReviewApi.SkippedTask(
                          taskId, "already decided, or being decided by someone else"));
                  continue;
                }
                if (TaskViews.held(task, now) && !caller.subject().equals(task.claimedBy)) {
                  skipped.add(new ReviewApi.SkippedTask(task.id, "held by another moderator"));
                  continue;
                }
                chain =
                    chain.chain(
                        () -> {
                          task.claimedBy = caller.subject();
                          decided.add(task.id);
                          return decisions
                              .apply(caller, task, request.decision(), anchor.id, now)
                              .replaceWithVoid();
                        });
              }
              return chain;
            })
        .map(ignored -> new Outcomes(decided, skipped));
  }
}
