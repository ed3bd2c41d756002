package com.shopwarden.enforcement.appeal;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.enforcement.EnforcementConfig;
import com.shopwarden.enforcement.measure.Measure;
import com.shopwarden.enforcement.measure.MeasureEvents;
import com.shopwarden.enforcement.measure.MeasureRepository;
import com.shopwarden.enforcement.measure.MeasureState;
import com.shopwarden.enforcement.policy.PenaltyPolicies;
import com.shopwarden.enforcement.policy.PenaltyPolicy;
import com.shopwarden.enforcement.policy.PolicyRule;
import com.shopwarden.enforcement.violation.Violation;
import com.shopwarden.enforcement.violation.ViolationRepository;
import com.shopwarden.market.Market;
import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Filing appeals against measures within the pack's window, and reading them. Review and decision
 * are {@link AppealReviewService}'s.
 */
@ApplicationScoped
public class AppealService {

  private final AppealRepository appeals;
  private final MeasureRepository measures;
  private final ViolationRepository violations;
  private final PenaltyPolicies policies;
  private final MarketAccess access;
  private final EnforcementConfig config;
  private final Clock clock;

  public AppealService(
      AppealRepository appeals,
      MeasureRepository measures,
      ViolationRepository violations,
      PenaltyPolicies policies,
      MarketAccess access,
      EnforcementConfig config,
      Clock clock) {
    this.appeals = appeals;
    this.measures = measures;
    this.violations = violations;
    this.policies = policies;
    this.access = access;
    this.config = config;
    this.clock = clock;
  }

  /** Files an appeal by the account holder or by staff on their behalf. */
  @WithTransaction
  public Uni<AppealView> file(UUID measureId, Caller caller, String statement) {
    return measures
        .findById(measureId)
        .flatMap(
            m -> {
              if (m == null) {
                throw ProblemException.notFound("no measure " + measureId);
              }
              Market market = access.require(caller, m.market);
              access.requireOwnAccount(caller, m.accountId);
              if (m.state == MeasureState.REVERSED) {
                throw ProblemException.conflict("the measure was already reversed");
              }
              return violations
                  .findByKeys(MeasureEvents.violationKeys(m))
                  .flatMap(
                      found ->
                          appeals
                              .ofMeasure(m.id)
                              .flatMap(
                                  earlier -> create(m, market, found, earlier, caller, statement)));
            });
  }

  private Uni<AppealView> create(
      Measure m,
      Market market,
      List<Violation> found,
      List<Appeal> earlier,
      Caller caller,
      String statement) {
    if (earlier.stream().anyMatch(a -> a.state == AppealState.PENDING)) {
      throw ProblemException.conflict("an appeal against this measure is already pending");
    }
    PenaltyPolicy policy = policies.require(m.market);
    boolean ip = isIp(policy, found);
    int round = earlier.size() + 1;
    LocalDate rejectedOn =
        earlier.isEmpty() ? null : market.legalDate(earlier.get(earlier.size() - 1).decidedAt);
    Instant now = clock.instant();
    LocalDate deadline =
        AppealWindow.deadline(
                policy.appeals(),
                market.isEea(),
                ip,
                m.accountType,
                round,
                market.legalDate(m.startsAt),
                rejectedOn)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemType.UNPROCESSABLE,
                        "no further appeal against this measure is available",
                        List.of(new FieldViolation("measureId", "no appeal left")),
                        Map.of()));
    if (market.legalDate(now).isAfter(deadline)) {
      throw new ProblemException(
              ProblemType.UNPROCESSABLE,
              "the appeal window closed on " + deadline + " (" + market.legalZone() + ")",
              List.of(new FieldViolation("measureId", "appeal window closed on " + deadline)),
              Map.of())
          .with("deadline", deadline.toString());
    }
    Appeal a = new Appeal();
    a.id = UUID.randomUUID();
    a.measureId = m.id;
    a.market = m.market;
    a.accountId = m.accountId;
    a.accountType = m.accountType;
    a.round = round;
    a.ip = ip;
    a.state = AppealState.PENDING;
    a.filedAt = now;
    a.filedBy = caller.subject();
    a.windowDeadline = deadline;
    a.reviewDueAt = now.plus(Duration.ofDays(config.appealReviewDays()));
    a.statement = statement;
    return appeals.persist(a).map(saved -> AppealView.of(saved, evidence(found)));
  }

  /** Reads one appeal: the appellant's own, or staff within their markets. */
  @WithSession
  public Uni<AppealView> get(UUID id, Caller caller) {
    return appeals
        .findById(id)
        .flatMap(
            a -> {
              if (a == null) {
                throw ProblemException.notFound("no appeal " + id);
              }
              access.require(caller, a.market);
              access.requireOwnAccount(caller, a.accountId);
              return withEvidence(a);
            });
  }

  private Uni<AppealView> withEvidence(Appeal a) {
    return measures
        .findById(a.measureId)
        .flatMap(m -> violations.findByKeys(MeasureEvents.violationKeys(m)))
        .map(found -> AppealView.of(a, evidence(found)));
  }

  private static boolean isIp(PenaltyPolicy policy, List<Violation> found) {
    return found.stream()
        .anyMatch(v -> policy.rule(v.policyCode).map(PolicyRule::ip).orElse(false));
  }

  private static List<String> evidence(List<Violation> found) {
    return found.stream().map(v -> v.evidenceSnapshotId).filter(Objects::nonNull).toList();
  }
}
