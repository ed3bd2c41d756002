package com.shopwarden.enforcement.measure;

import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.enforcement.ReversalReason;
import com.shopwarden.enforcement.audit.AuditLog;
import com.shopwarden.enforcement.policy.PlannedMeasure;
import com.shopwarden.enforcement.statement.StatementService;
import com.shopwarden.market.LegalRegime;
import com.shopwarden.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies, expires and reverses measures. Every method runs inside the caller's transaction, so the
 * measure, its statement, its audit entry and its event commit together.
 */
@ApplicationScoped
public class MeasureService {

  private final MeasureRepository measures;
  private final StatementService statements;
  private final AuditLog audit;
  private final Outbox outbox;
  private final Clock clock;

  public MeasureService(
      MeasureRepository measures,
      StatementService statements,
      AuditLog audit,
      Outbox outbox,
      Clock clock) {
    this.measures = measures;
    this.statements = statements;
    this.audit = audit;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Applies a measure once per trigger key; a repeat returns the measure applied first. */
  public Uni<Measure> apply(NewMeasure request) {
    return measures
        .findByTriggerKey(request.triggerKey())
        .flatMap(existing -> existing != null ? Uni.createFrom().item(existing) : create(request));
  }

  private Uni<Measure> create(NewMeasure request) {
    if (request.plan().type() != MeasureType.SUSPEND_ACCOUNT
        || !request.market().isSubjectTo(LegalRegime.EU_DSA)) {
      return create(request, request.plan());
    }
    // DSA Art. 23: a misuse suspension only after a prior warning; without one, warn first.
    return Measure.count(
            "market = ?1 and accountId = ?2 and type = ?3",
            request.market().code().name(),
            request.accountId(),
            MeasureType.WARNING)
        .flatMap(
            warnings ->
                create(
                    request,
                    warnings > 0
                        ? request.plan()
                        : new PlannedMeasure(
                            MeasureType.WARNING,
                            request.plan().startsAt(),
                            null,
                            request.plan().points())));
  }

  private Uni<Measure> create(NewMeasure request, PlannedMeasure plan) {
    Measure m = new Measure();
    m.id = UUID.randomUUID();
    m.market = request.market().code().name();
    m.accountId = request.accountId();
    m.accountType = request.accountType();
    m.type = plan.type();
    m.state = MeasureState.APPLIED;
    m.startsAt = plan.startsAt();
    m.endsAt = plan.endsAt();
    m.points = plan.points();
    m.violationKeys = MeasureEvents.storedKeys(request.violationKeys());
    m.decidedBy = request.decidedBy();
    m.trigger = request.trigger();
    m.triggerKey = request.triggerKey();
    m.policyVersion = request.policyVersion();
    m.policyCode = request.policyCode();
    m.severity = request.severity();
    Instant now = clock.instant();
    return measures
        .persistAndFlush(m)
        .chain(() -> measures.link(m.id, request.violationKeys()))
        .chain(
            () -> statements.issue(m, request.violation(), request.statement(), request.market()))
        .invoke(puid -> m.statementPuid = puid)
        .chain(
            () ->
                audit.append(
                    "MEASURE_APPLIED", m.id.toString(), m.market, request.actor(), details(m)))
        .chain(() -> outbox.publish(MeasureEvents.applied(m, now)))
        .chain(() -> outbox.publish(MeasureNotice.of(m, request.market(), now)))
        .replaceWith(m);
  }

  /** Ends the measures whose time is up, at most {@code limit}; returns how many ended. */
  public Uni<Integer> expireDue(int limit) {
    Instant now = clock.instant();
    return measures
        .lockDue(now, limit)
        .flatMap(
            due -> {
              Uni<Void> chain = Uni.createFrom().voidItem();
              for (Measure m : due) {
                chain =
                    chain.chain(
                        () -> {
                          m.state = MeasureState.EXPIRED;
                          m.endedAt = m.endsAt;
                          return audit
                              .append(
                                  "MEASURE_EXPIRED",
                                  m.id.toString(),
                                  m.market,
                                  "system",
                                  details(m))
                              .chain(() -> outbox.publish(MeasureEvents.expired(m, now)));
                        });
              }
              return chain.replaceWith(due.size());
            });
  }

  /**
   * Reverses a measure that is applied or expired (an expired measure's points still stand until
   * reversed); a measure already reversed is left alone.
   */
  public Uni<Boolean> reverse(Measure m, ReversalReason reason, String actor) {
    if (m.state == MeasureState.REVERSED) {
      return Uni.createFrom().item(false);
    }
    Instant now = clock.instant();
    m.state = MeasureState.REVERSED;
    m.endedAt = now;
    m.reversalReason = reason;
    return audit
        .append("MEASURE_REVERSED", m.id.toString(), m.market, actor, details(m))
        .chain(() -> outbox.publish(MeasureEvents.reversed(m, now)))
        .replaceWith(true);
  }

  /** Reverses every measure answering one of the violations; returns the reversed ones. */
  public Uni<List<Measure>> reverseForViolations(
      List<String> violationKeys, ReversalReason reason, String actor) {
    return measures
        .ofViolations(violationKeys)
        .flatMap(
            found -> {
              Uni<Void> chain = Uni.createFrom().voidItem();
              for (Measure m : found) {
                chain = chain.chain(() -> reverse(m, reason, actor).replaceWithVoid());
              }
              return chain.replaceWith(found);
            });
  }

  private static Map<String, Object> details(Measure m) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("accountId", m.accountId);
    details.put("type", m.type.name());
    details.put("state", m.state.name());
    details.put("startsAt", String.valueOf(m.startsAt));
    details.put("endsAt", String.valueOf(m.endsAt));
    details.put("points", m.points);
    details.put("violationKeys", m.violationKeys);
    details.put("trigger", m.trigger.name());
    details.put("policyVersion", m.policyVersion);
    details.put("reversalReason", m.reversalReason == null ? null : m.reversalReason.name());
    details.put("statementPuid", m.statementPuid);
    return details;
  }
}
