package com.shopwarden.enforcement.violation;

import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.ipr.RepeatInfringerThresholdReached;
import com.shopwarden.enforcement.measure.MeasureService;
import com.shopwarden.enforcement.measure.NewMeasure;
import com.shopwarden.enforcement.measure.TriggerKind;
import com.shopwarden.enforcement.policy.PenaltyLadder;
import com.shopwarden.enforcement.policy.PenaltyPolicies;
import com.shopwarden.enforcement.policy.PenaltyPolicy;
import com.shopwarden.market.Market;
import com.shopwarden.market.ServedMarkets;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Applies the pack's repeat-infringer measure (by default revoking selling privileges) once per
 * threshold event. IP protection counts the strikes; only enforcement restricts.
 */
@ApplicationScoped
public class RepeatInfringerHandler {

  private final MeasureService measures;
  private final PenaltyPolicies policies;
  private final ServedMarkets served;
  private final Clock clock;

  public RepeatInfringerHandler(
      MeasureService measures, PenaltyPolicies policies, ServedMarkets served, Clock clock) {
    this.measures = measures;
    this.policies = policies;
    this.served = served;
    this.clock = clock;
  }

  public Uni<Void> apply(RepeatInfringerThresholdReached event) {
    Market market = served.require(event.market());
    PenaltyPolicy policy = policies.require(market.code().name());
    return measures
        .apply(
            new NewMeasure(
                market,
                event.accountId(),
                event.accountType(),
                PenaltyLadder.forRepeatInfringer(policy, clock.instant(), market.legalZone()),
                List.of(),
                DecisionMode.AUTOMATED,
                TriggerKind.REPEAT_INFRINGER,
                "repeat-infringer:" + event.eventId(),
                policy.version(),
                null,
                policy.repeatInfringerStatement(),
                "ipr"))
        .replaceWithVoid();
  }
}
