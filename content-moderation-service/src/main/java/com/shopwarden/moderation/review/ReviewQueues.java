package com.shopwarden.moderation.review;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.moderation.intake.ReviewTaskEntity;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The queues of a market and the claim of their tasks: a claim takes the most urgent waiting task
 * under an exclusive lease ({@code shopwarden.moderation.review.lease}); when the lease runs out
 * the task waits again; a release gives it back at once.
 */
@ApplicationScoped
public class ReviewQueues {

  private static final Pattern CURSOR = Pattern.compile("(\\d{1,15})_(\\d{1,18})");

  private final ReviewTaskRepository tasks;
  private final ReviewPlans plans;
  private final MarketAccess access;
  private final ReviewConfig config;
  private final Clock clock;

  public ReviewQueues(
      ReviewTaskRepository tasks,
      ReviewPlans plans,
      MarketAccess access,
      ReviewConfig config,
      Clock clock) {
    this.tasks = tasks;
    this.plans = plans;
    this.access = access;
    this.config = config;
    this.clock = clock;
  }

  /** Only senior moderators take escalated tasks and blind QA re-reviews. */
  static boolean seniorOnly(String queueId) {
    return queueId.endsWith("." + ReviewPlan.ESCALATION) || queueId.endsWith("." + ReviewPlan.QA);
  }

  @WithSession
  public Uni<ReviewApi.QueueList> queues(Caller caller, String market) {
    String code = access.require(caller, market).code().name();
    ReviewPlan plan = plans.of(code);
    Instant now = clock.instant();
    return tasks
        .figures(code, now)
        .map(
            found -> {
              Map<String, ReviewTaskRepository.QueueFigures> byQueue =
                  found.stream()
                      .collect(
                          Collectors.toMap(
                              ReviewTaskRepository.QueueFigures::queue, Function.identity()));
              List<ReviewApi.QueueView> views = new ArrayList<>();
              for (String id : plan.queueIds()) {
                ReviewTaskRepository.QueueFigures f = byQueue.get(id);
                long depth = f == null ? 0 : f.depth();
                long claimed = f == null ? 0 : f.claimed();
                views.add(
                    new ReviewApi.QueueView(
                        id,
                        id.substring(code.length() + 1),
                        code,
                        depth,
                        depth - claimed,
                        claimed,
                        f == null ? 0 : f.overdue(),
                        f == null ? null : f.oldestDeadline(),
                        seniorOnly(id)));
              }
              return new ReviewApi.QueueList(code, views);
            });
  }

  /** Undecided tasks of a queue, earliest deadline first, a page at a time. */
  @WithSession
  public Uni<ReviewApi.TaskPage> tasks(Caller caller, String queueId, String cursor, int limit) {
    ReviewPlan plan = plans.ofQueue(queueId);
    access.require(caller, plan.market());
    Instant afterDeadline = Instant.EPOCH;
    long afterSeq = 0;
    if (cursor != null && !cursor.isEmpty()) {
      Matcher m = CURSOR.matcher(cursor);
      if (!m.matches()) {
        throw ProblemException.invalidField("cursor", "not a cursor of this listing");
      }
      afterDeadline = Instant.ofEpochMilli(Long.parseLong(m.group(1)));
      afterSeq = Long.parseLong(m.group(2));
    }
    Instant now = clock.instant();
    return tasks
        .undecided(queueId, afterDeadline, afterSeq, limit + 1)
        .map(
            found -> {
              boolean more = found.size() > limit;
              List<ReviewTaskEntity> page = more ? found.subList(0, limit) : found;
              ReviewTaskEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
              String next = more ? last.deadline.toEpochMilli() + "_" + last.seq : null;
              return new ReviewApi.TaskPage(
                  queueId, page.stream().map(t -> TaskViews.of(t, null, now)).toList(), next);
            });
  }

  /** The queue's most urgent waiting task, now the caller's; null when none waits. */
  @WithTransaction
  public Uni<ReviewApi.TaskView> claim(Caller caller, String queueId) {
    ReviewPlan plan = plans.ofQueue(queueId);
    access.require(caller, plan.market());
    if (seniorOnly(queueId) && !caller.hasRole(Roles.SENIOR_MODERATOR)) {
      throw ProblemException.forbidden("only senior moderators claim from " + queueId);
    }
    Instant now = clock.instant();
    return tasks
        .lockNextWaiting(queueId, now, caller.subject())
        .map(
            task -> {
              if (task == null) {
                return null;
              }
              task.status = TaskStatus.CLAIMED.name();
              task.claimedBy = caller.subject();
              task.leaseExpiresAt = now.plus(config.lease());
              return TaskViews.of(task, null, now);
            });
  }

  /** Gives a held task back to its queue at once. */
  @WithTransaction
  public Uni<ReviewApi.TaskView> release(Caller caller, UUID id) {
    Instant now = clock.instant();
    return tasks
        .lock(id)
        .map(
            task -> {
              visible(caller, task, id);
              if (!TaskViews.heldBy(task, caller.subject(), now)) {
                throw notHeld(task, now);
              }
              task.status = TaskStatus.OPEN.name();
              task.claimedBy = null;
              task.leaseExpiresAt = null;
              return TaskViews.of(task, null, now);
            });
  }

  /** One task; a QA task never shows the decision it re-reviews. */
  @WithSession
  public Uni<ReviewApi.TaskView> task(Caller caller, UUID id) {
    Instant now = clock.instant();
    return tasks
        .findById(id)
        .chain(
            task -> {
              visible(caller, task, id);
              if (task.decisionId == null) {
                return Uni.createFrom().item(TaskViews.of(task, null, now));
              }
              return ReviewDecisionEntity.<ReviewDecisionEntity>findById(task.decisionId)
                  .map(d -> TaskViews.of(task, d, now));
            });
  }

  /** 404 for no task, 403 for another market's. */
  void visible(Caller caller, ReviewTaskEntity task, UUID id) {
    if (task == null) {
      throw ProblemException.notFound("no review task " + id);
    }
    access.require(caller, task.market);
  }

  static ProblemException notHeld(ReviewTaskEntity task, Instant now) {
    return ProblemException.conflict("the task is not held by the caller: claim it first")
        .with("status", TaskViews.status(task, now).name());
  }
}
