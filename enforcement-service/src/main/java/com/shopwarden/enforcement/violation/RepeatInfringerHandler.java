package com.shopwarden.enforcement.violation;

import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.ipr.RepeatInfringerThresholdReached;
import com.shopwarden.enforcement.measure.Measure;
import com.shopwarden.enforcement.measure.MeasureService;
import com.shopwarden.enforcement.measure.MeasureState;
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
import org.jboss.logging.Logger;

/**
 * Applies the pack's repeat-infringer measure (by default revoking selling privileges) once per
 * threshold event. IP protection counts the strikes; only enforcement restricts. The measure
 * answers the strikes' violations, so a strike that falls (counter-notice, retraction, appeal)
 * takes the measure with it, and an appeal against it follows the IP rules.
 */
@ApplicationScoped
public class RepeatInfringerHandler {

  private static final Logger LOG = Logger.getLogger(RepeatInfringerHandler.class);

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
    // The event has no stable id of the threshold crossing: while a repeat-infringer measure is in
    // force, a re-published or further threshold event adds nothing (after a reversal it applies).
    return Measure.count(
            "market = ?1 and accountId = ?2 and trigger = ?3 and state = ?4",
            market.code().name(),
            event.accountId(),
            TriggerKind.REPEAT_INFRINGER,
            MeasureState.APPLIED)
        .flatMap(
            inForce -> {
              if (inForce > 0) {
                LOG.infof(
                    "account %s in %s already has a repeat-infringer measure in force; event %s"
                        + " applies nothing",
                    event.accountId(), event.market(), event.eventId());
                return Uni.createFrom().voidItem();
              }
              return applyMeasure(event, market, policy);
            });
  }

  private Uni<Void> applyMeasure(
      RepeatInfringerThresholdReached event, Market market, PenaltyPolicy policy) {
    return measures
        .apply(
            new NewMeasure(
                market,
                event.accountId(),
                event.accountType(),
                PenaltyLadder.forRepeatInfringer(policy, clock.instant(), market.legalZone()),
                event.strikeViolationKeys(),
                // The strikes may be of several IP policies: no single policy or severity.
                null,
                null,
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
