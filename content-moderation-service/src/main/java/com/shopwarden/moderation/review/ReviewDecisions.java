package com.shopwarden.moderation.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.ViolationSource;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.moderation.intake.ContentItemEntity;
import com.shopwarden.moderation.intake.DecisionEvents;
import com.shopwarden.moderation.intake.EvidenceSnapshotEntity;
import com.shopwarden.moderation.intake.ReviewTaskEntity;
import com.shopwarden.moderation.quality.ContentLabels;
import com.shopwarden.moderation.quality.LabelSource;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Decisions on held tasks. Uphold on a screening task publishes {@code ViolationConfirmed} (a human
 * decision) through the outbox and writes a REVIEW label, all in the decision's transaction; clear
 * writes a label only; escalate moves the task to the senior moderators' escalation queue. A
 * decided screening task may be sampled for a blind QA re-review. Labelling and QA tasks write
 * labels and never publish.
 */
@ApplicationScoped
public class ReviewDecisions {

  private final ReviewTaskRepository tasks;
  private final ReviewPlans plans;
  private final TaskRouting routing;
  private final ContentLabels labels;
  private final DecisionEvents events;
  private final ServedMarkets served;
  private final MarketAccess access;
  private final ObjectMapper json;
  private final Clock clock;

  public ReviewDecisions(
      ReviewTaskRepository tasks,
      ReviewPlans plans,
      TaskRouting routing,
      ContentLabels labels,
      DecisionEvents events,
      ServedMarkets served,
      MarketAccess access,
      ObjectMapper json,
      Clock clock) {
    this.tasks = tasks;
    this.plans = plans;
    this.routing = routing;
    this.labels = labels;
    this.events = events;
    this.served = served;
    this.access = access;
    this.json = json;
    this.clock = clock;
  }

  /** Decides a task the caller holds; 409 when it is not held or already decided. */
  @WithTransaction
  public Uni<ReviewApi.DecisionResult> decide(
      Caller caller, UUID id, ReviewApi.DecisionRequest request) {
    requireComplete(request);
    Instant now = clock.instant();
    return tasks
        .lock(id)
        .chain(task -> held(caller, task, id, now))
        .chain(
            task ->
                apply(caller, task, request, null, now)
                    .map(
                        d ->
                            new ReviewApi.DecisionResult(
                                ReviewApi.DecisionView.of(d),
                                // An escalated task is not decided: it shows no decision yet.
                                TaskViews.of(
                                    task, d.outcome == Outcome.ESCALATE ? null : d, now))));
  }

  /**
   * The task, checked: visible to the caller, not decided (409 carrying the original decision),
   * held by the caller under a live lease (409 otherwise).
   */
  Uni<ReviewTaskEntity> held(Caller caller, ReviewTaskEntity task, UUID id, Instant now) {
    if (task == null) {
      throw ProblemException.notFound("no review task " + id);
    }
    access.require(caller, task.market);
    if (TaskStatus.DECIDED.name().equals(task.status)) {
      return ReviewDecisionEntity.<ReviewDecisionEntity>findById(task.decisionId)
          .map(
              original -> {
                throw ProblemException.conflict("the task is already decided")
                    .with("decision", ReviewApi.DecisionView.of(original));
              });
    }
    if (!TaskViews.heldBy(task, caller.subject(), now)) {
      throw ReviewQueues.notHeld(task, now);
    }
    return Uni.createFrom().item(task);
  }

  /** Fields each outcome needs, named when missing. */
  static void requireComplete(ReviewApi.DecisionRequest request) {
    if (request.outcome() == Outcome.UPHOLD) {
      if (request.policyCode() == null || request.policyCode().isBlank()) {
        throw ProblemException.invalidField("policyCode", "required to uphold");
      }
      if (request.severity() == null) {
        throw ProblemException.invalidField("severity", "required to uphold");
      }
    }
    if (request.outcome() == Outcome.ESCALATE
        && (request.reason() == null || request.reason().isBlank())) {
      throw ProblemException.invalidField("reason", "required to escalate");
    }
  }

  /** Records the decision and its effects; the task is held by the caller and not decided. */
  Uni<ReviewDecisionEntity> apply(
      Caller caller,
      ReviewTaskEntity task,
      ReviewApi.DecisionRequest request,
      UUID bulkOf,
      Instant now) {
    TaskPurpose purpose = TaskPurpose.valueOf(task.purpose);
    boolean canEscalate = purpose == TaskPurpose.SCREENING && !task.escalated;
    if (request.outcome() == Outcome.ESCALATE && !canEscalate) {
      throw ProblemException.conflict(
              task.escalated
                  ? "the task is already escalated"
                  : "only screening tasks are escalated")
          .with("allowed", List.of(Outcome.UPHOLD.name(), Outcome.CLEAR.name()));
    }
    ReviewDecisionEntity d = new ReviewDecisionEntity();
    d.id = UUID.randomUUID();
    d.taskId = task.id;
    d.outcome = request.outcome();
    boolean uphold = request.outcome() == Outcome.UPHOLD;
    d.policyCode = uphold ? request.policyCode() : null;
    d.severity = uphold ? request.severity().name() : null;
    d.note = request.note();
    d.reason = request.outcome() == Outcome.ESCALATE ? request.reason() : null;
    d.bulkOf = bulkOf;
    d.decidedBy = caller.subject();
    d.decidedAt = now;
    task.leaseExpiresAt = null;
    if (request.outcome() == Outcome.ESCALATE) {
      routing.escalate(task, request.reason());
      task.status = TaskStatus.OPEN.name();
      task.claimedBy = null;
      return d.<ReviewDecisionEntity>persist();
    }
    task.status = TaskStatus.DECIDED.name();
    task.decisionId = d.id;
    task.decidedAt = now;
    Uni<Void> effects =
        switch (purpose) {
          case SCREENING -> screeningEffects(caller, task, d, now);
          case ALLOW_SAMPLE -> label(caller, task, d, LabelSource.ALLOW_SAMPLE);
          case SHADOW_SAMPLE -> label(caller, task, d, LabelSource.SHADOW_SAMPLE);
          case QA -> qaEffects(caller, task, d);
        };
    return d.<ReviewDecisionEntity>persist().chain(saved -> effects.replaceWith(saved));
  }

  private Uni<Void> screeningEffects(
      Caller caller, ReviewTaskEntity task, ReviewDecisionEntity d, Instant now) {
    Uni<Void> labelled = label(caller, task, d, LabelSource.REVIEW);
    if (d.outcome == Outcome.UPHOLD) {
      labelled = labelled.chain(() -> violation(task, d, now));
    }
    if (StableSample.includes(task.id, plans.of(task.market).qaShare())) {
      ReviewTaskEntity qa = routing.qa(task, d.decidedBy, now);
      labelled = labelled.chain(() -> qa.persist().replaceWithVoid());
    }
    return labelled;
  }

  /** A QA decision agrees when the outcome is the same and, for an uphold, the policy too. */
  private Uni<Void> qaEffects(Caller caller, ReviewTaskEntity qa, ReviewDecisionEntity d) {
    return tasks
        .findById(qa.qaOf)
        .chain(original -> ReviewDecisionEntity.<ReviewDecisionEntity>findById(original.decisionId))
        .chain(
            first -> {
              qa.qaAgreed =
                  first.outcome == d.outcome
                      && (d.outcome != Outcome.UPHOLD || d.policyCode.equals(first.policyCode));
              return label(caller, qa, d, LabelSource.QA);
            });
  }

  private Uni<Void> label(
      Caller caller, ReviewTaskEntity task, ReviewDecisionEntity d, LabelSource source) {
    boolean violation = d.outcome == Outcome.UPHOLD;
    return labels
        .record(
            new ContentLabels.Judgement(
                task.contentId, task.market, source, violation, violation ? d.policyCode : null),
            caller.subject())
        .replaceWithVoid();
  }

  private Uni<Void> violation(ReviewTaskEntity task, ReviewDecisionEntity d, Instant now) {
    return ContentItemEntity.<ContentItemEntity>findById(task.contentId)
        .chain(
            item ->
                EvidenceSnapshotEntity.<EvidenceSnapshotEntity>findById(task.evidenceSnapshotId)
                    .chain(
                        snapshot ->
                            events.humanViolation(
                                item,
                                served.require(task.market),
                                publishedAt(snapshot),
                                snapshot.id,
                                d.policyCode,
                                Severity.valueOf(d.severity),
                                "TRUSTED_FLAGGER".equals(task.report)
                                    ? ViolationSource.TRUSTED_FLAGGER
                                    : ViolationSource.VOLUNTARY,
                                now)));
  }

  /** The publication time the platform sent with the item, if any. */
  private Instant publishedAt(EvidenceSnapshotEntity snapshot) {
    try {
      JsonNode value = json.readTree(snapshot.content).get("publishedAt");
      return value == null || value.isNull() ? null : Instant.parse(value.asText());
    } catch (IOException | java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
