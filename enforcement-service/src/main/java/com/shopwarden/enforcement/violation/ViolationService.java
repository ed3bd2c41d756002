package com.shopwarden.enforcement.violation;

import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.enforcement.ReversalReason;
import com.shopwarden.enforcement.measure.Measure;
import com.shopwarden.enforcement.measure.MeasureRepository;
import com.shopwarden.enforcement.measure.MeasureService;
import com.shopwarden.enforcement.measure.NewMeasure;
import com.shopwarden.enforcement.measure.TriggerKind;
import com.shopwarden.enforcement.policy.PenaltyLadder;
import com.shopwarden.enforcement.policy.PenaltyPolicies;
import com.shopwarden.enforcement.policy.PenaltyPolicy;
import com.shopwarden.enforcement.policy.PlannedMeasure;
import com.shopwarden.enforcement.policy.PolicyRule;
import com.shopwarden.enforcement.policy.UnknownPolicyException;
import com.shopwarden.market.Market;
import com.shopwarden.market.ServedMarkets;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records confirmed violations once per key and applies what the market's penalty policy
 * prescribes: the content-level measure with the violation's points, and the repeat rule's measure
 * when the same policy was violated too often. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ViolationService {

  private final ViolationRepository violations;
  private final MeasureRepository measureRepository;
  private final MeasureService measures;
  private final PenaltyPolicies policies;
  private final ServedMarkets served;
  private final Clock clock;

  public ViolationService(
      ViolationRepository violations,
      MeasureRepository measureRepository,
      MeasureService measures,
      PenaltyPolicies policies,
      ServedMarkets served,
      Clock clock) {
    this.violations = violations;
    this.measureRepository = measureRepository;
    this.measures = measures;
    this.policies = policies;
    this.served = served;
    this.clock = clock;
  }

  /**
   * Records a violation; a key seen before returns the original and applies nothing.
   *
   * @throws UnknownPolicyException (as a failed Uni) when the market's policy lacks the code
   */
  public Uni<RecordedViolation> record(ViolationFacts facts, String actor) {
    return violations
        .findByKey(facts.violationKey())
        .flatMap(
            existing -> {
              if (existing != null) {
                return measureRepository
                    .ofViolations(List.of(existing.violationKey))
                    .map(found -> new RecordedViolation(existing, found, false));
              }
              return Uni.createFrom().deferred(() -> create(facts, actor));
            });
  }

  private Uni<RecordedViolation> create(ViolationFacts facts, String actor) {
    Market market = served.require(facts.market());
    PenaltyPolicy policy = policies.require(market.code().name());
    Instant now = clock.instant();
    PlannedMeasure content =
        PenaltyLadder.forViolation(
            policy,
            facts.market(),
            facts.policyCode(),
            facts.severity(),
            facts.contentKind(),
            now,
            market.legalZone());
    PolicyRule rule = policy.rule(facts.policyCode()).orElseThrow();
    Violation v = toViolation(facts, content.points(), policy.version(), now);
    List<Measure> applied = new ArrayList<>();
    return violations
        .persistAndFlush(v)
        .chain(
            () ->
                measures.apply(
                    new NewMeasure(
                        market,
                        v.accountId,
                        v.accountType,
                        content,
                        List.of(v.violationKey),
                        v.policyCode,
                        v.severity,
                        v.decision,
                        TriggerKind.VIOLATION,
                        "violation:" + v.violationKey,
                        policy.version(),
                        v,
                        rule.statement(),
                        actor)))
        .invoke(applied::add)
        .chain(() -> repeatRule(v, policy, rule, market, now, actor))
        .invoke(repeat -> repeat.ifPresent(applied::add))
        .map(ignored -> new RecordedViolation(v, applied, true));
  }

  private Uni<Optional<Measure>> repeatRule(
      Violation v,
      PenaltyPolicy policy,
      PolicyRule rule,
      Market market,
      Instant now,
      String actor) {
    Instant from = PenaltyLadder.repeatWindowStart(policy, now, market.legalZone());
    return violations
        .activeOfPolicySince(v.market, v.accountId, v.policyCode, from)
        .flatMap(
            recent -> {
              Optional<PlannedMeasure> plan =
                  PenaltyLadder.forRepeat(policy, recent.size(), now, market.legalZone());
              if (plan.isEmpty()) {
                return Uni.createFrom().item(Optional.<Measure>empty());
              }
              List<String> keys = recent.stream().map(r -> r.violationKey).toList();
              return measures
                  .apply(
                      new NewMeasure(
                          market,
                          v.accountId,
                          v.accountType,
                          plan.get(),
                          keys,
                          v.policyCode,
                          v.severity,
                          DecisionMode.AUTOMATED,
                          TriggerKind.REPEAT_RULE,
                          "repeat:" + v.violationKey,
                          policy.version(),
                          null,
                          rule.statement(),
                          actor))
                  .map(Optional::of);
            });
  }

  /**
   * Voids violations and reverses every measure answering them (counter-notice, retraction, appeal
   * overturn); returns the reversed measures.
   */
  public Uni<List<Measure>> voidViolations(
      List<String> violationKeys, ReversalReason reason, String actor) {
    return violations
        .findByKeys(violationKeys)
        .invoke(found -> found.forEach(v -> v.state = Violation.State.VOIDED))
        .chain(() -> measures.reverseForViolations(violationKeys, reason, actor));
  }

  private static Violation toViolation(
      ViolationFacts f, int points, String policyVersion, Instant now) {
    Violation v = new Violation();
    v.id = UUID.randomUUID();
    v.violationKey = f.violationKey();
    v.market = f.market();
    v.accountId = f.accountId();
    v.accountType = f.accountType();
    v.contentId = f.contentId();
    v.contentVersion = f.contentVersion();
    v.contentKind = f.contentKind();
    v.contentDate = f.contentDate();
    v.language = f.language();
    v.ean = f.ean();
    v.policyCode = f.policyCode();
    v.severity = f.severity();
    v.detection = f.detection();
    v.decision = f.decision();
    v.source = f.source();
    v.strategyId = f.strategyId();
    v.strategyVersion = f.strategyVersion();
    v.evidenceSnapshotId = f.evidenceSnapshotId();
    v.noticeId = f.noticeId();
    v.points = points;
    v.policyVersion = policyVersion;
    v.state = Violation.State.ACTIVE;
    v.confirmedAt = now;
    return v;
  }
}
