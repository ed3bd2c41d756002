package com.shopwarden.enforcement.appeal;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.contracts.enforcement.AppealDecided;
import com.shopwarden.contracts.enforcement.AppealOutcome;
import com.shopwarden.contracts.enforcement.ReversalReason;
import com.shopwarden.enforcement.EnforcementConfig;
import com.shopwarden.enforcement.audit.AuditLog;
import com.shopwarden.enforcement.measure.Measure;
import com.shopwarden.enforcement.measure.MeasureEvents;
import com.shopwarden.enforcement.measure.MeasureRepository;
import com.shopwarden.enforcement.measure.MeasureService;
import com.shopwarden.enforcement.measure.TriggerKind;
import com.shopwarden.enforcement.violation.Violation;
import com.shopwarden.enforcement.violation.ViolationRepository;
import com.shopwarden.enforcement.violation.ViolationService;
import com.shopwarden.market.Market;
import com.shopwarden.outbox.Outbox;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The appeal review queue: reviewers claim the most urgent appeal (or a given one) for a lease and
 * decide it; an overturn voids the appealed violations and reverses every measure answering them.
 */
@ApplicationScoped
public class AppealReviewService {

  private final AppealRepository appeals;
  private final MeasureRepository measures;
  private final MeasureService measureService;
  private final ViolationRepository violations;
  private final ViolationService violationService;
  private final MarketAccess access;
  private final AuditLog audit;
  private final Outbox outbox;
  private final EnforcementConfig config;
  private final Clock clock;

  public AppealReviewService(
      AppealRepository appeals,
      MeasureRepository measures,
      MeasureService measureService,
      ViolationRepository violations,
      ViolationService violationService,
      MarketAccess access,
      AuditLog audit,
      Outbox outbox,
      EnforcementConfig config,
      Clock clock) {
    this.appeals = appeals;
    this.measures = measures;
    this.measureService = measureService;
    this.violations = violations;
    this.violationService = violationService;
    this.access = access;
    this.audit = audit;
    this.outbox = outbox;
    this.config = config;
    this.clock = clock;
  }

  /** Pending appeals of a market the reviewer may decide, most urgent first. */
  @WithSession
  public Uni<List<AppealView>> queue(Market market, Caller caller, int limit) {
    return appeals
        .queue(market.code().name(), caller.hasRole(Roles.SENIOR_MODERATOR), limit)
        .map(list -> list.stream().map(a -> AppealView.of(a, List.of())).toList());
  }

  /** Claims the most urgent unclaimed appeal for a lease; {@code null} when there is none. */
  @WithTransaction
  public Uni<AppealView> claim(Market market, Caller caller) {
    Instant now = clock.instant();
    return appeals
        .lockNextClaimable(market.code().name(), now, caller.hasRole(Roles.SENIOR_MODERATOR))
        .flatMap(
            a -> {
              if (a == null) {
                return Uni.createFrom().nullItem();
              }
              a.claimedBy = caller.subject();
              a.leaseUntil = now.plus(config.appealLease());
              return withEvidence(a);
            });
  }

  /** Claims one appeal for a lease, unless another reviewer holds a lease on it. */
  @WithTransaction
  public Uni<AppealView> claim(UUID id, Caller caller) {
    Instant now = clock.instant();
    return appeals
        .findById(id)
        .flatMap(
            a -> {
              if (a == null) {
                throw ProblemException.notFound("no appeal " + id);
              }
              access.require(caller, a.market);
              mayDecide(caller, a);
              if (a.state != AppealState.PENDING) {
                throw ProblemException.conflict("the appeal was already decided");
              }
              if (a.leaseUntil != null
                  && a.leaseUntil.isAfter(now)
                  && !caller.subject().equals(a.claimedBy)) {
                throw ProblemException.conflict("another reviewer holds this appeal");
              }
              a.claimedBy = caller.subject();
              a.leaseUntil = now.plus(config.appealLease());
              return withEvidence(a);
            });
  }

  private static void mayDecide(Caller caller, Appeal a) {
    if (!caller.hasRole(Roles.SENIOR_MODERATOR) && !a.ip) {
      throw ProblemException.forbidden("only senior moderators decide this appeal");
    }
  }

  /** Decides a claimed appeal; an overturn reverses the measures of the appealed violations. */
  @WithTransaction
  public Uni<AppealView> decide(UUID id, Caller caller, AppealOutcome outcome, String reason) {
    Instant now = clock.instant();
    return appeals
        .findById(id)
        .flatMap(
            a -> {
              if (a == null) {
                throw ProblemException.notFound("no appeal " + id);
              }
              access.require(caller, a.market);
              mayDecide(caller, a);
              if (a.state != AppealState.PENDING) {
                throw ProblemException.conflict("the appeal was already decided");
              }
              if (!caller.subject().equals(a.claimedBy)
                  || a.leaseUntil == null
                  || !a.leaseUntil.isAfter(now)) {
                throw ProblemException.conflict("claim the appeal before deciding it");
              }
              a.state =
                  outcome == AppealOutcome.OVERTURNED ? AppealState.OVERTURNED : AppealState.UPHELD;
              a.decidedBy = caller.subject();
              a.decidedAt = now;
              a.decisionReason = reason;
              return measures.findById(a.measureId).flatMap(m -> settle(a, m, caller, now));
            });
  }

  private Uni<AppealView> settle(Appeal a, Measure m, Caller caller, Instant now) {
    List<String> keys = MeasureEvents.violationKeys(m);
    Uni<?> reversal;
    if (a.state != AppealState.OVERTURNED) {
      reversal = Uni.createFrom().voidItem();
    } else if (m.trigger != TriggerKind.VIOLATION) {
      // A measure a rule applied (milestone, repeat rule, repeat infringer) is overturned alone:
      // the violations it counted stand until each is appealed or withdrawn in its own right.
      reversal = measureService.reverse(m, ReversalReason.APPEAL_OVERTURNED, caller.subject());
    } else {
      // The violation falls, and with it every measure that answers it.
      reversal =
          violationService.voidViolations(keys, ReversalReason.APPEAL_OVERTURNED, caller.subject());
    }
    return reversal
        .chain(() -> violations.findByKeys(keys))
        .flatMap(
            found -> {
              Violation decisive =
                  found.stream().filter(v -> v.strategyId != null).findFirst().orElse(null);
              AppealDecided decided =
                  new AppealDecided(
                      UUID.randomUUID(),
                      a.market,
                      now,
                      a.id.toString(),
                      m.id.toString(),
                      keys,
                      a.accountId,
                      a.accountType,
                      a.state == AppealState.OVERTURNED
                          ? AppealOutcome.OVERTURNED
                          : AppealOutcome.UPHELD,
                      decisive == null ? null : decisive.strategyId,
                      decisive == null ? null : decisive.strategyVersion);
              Map<String, Object> details = new LinkedHashMap<>();
              details.put("measureId", m.id.toString());
              details.put("round", a.round);
              details.put("outcome", a.state.name());
              details.put("violationKeys", keys);
              return audit
                  .append("APPEAL_DECIDED", a.id.toString(), a.market, caller.subject(), details)
                  .chain(() -> outbox.publish(decided))
                  .replaceWith(AppealView.of(a, evidence(found)));
            });
  }

  private Uni<AppealView> withEvidence(Appeal a) {
    return measures
        .findById(a.measureId)
        .flatMap(m -> violations.findByKeys(MeasureEvents.violationKeys(m)))
        .map(found -> AppealView.of(a, evidence(found)));
  }

  private static List<String> evidence(List<Violation> found) {
    return found.stream().map(v -> v.evidenceSnapshotId).filter(Objects::nonNull).toList();
  }
}
