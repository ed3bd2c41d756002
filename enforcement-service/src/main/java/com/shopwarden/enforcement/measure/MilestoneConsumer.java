package com.shopwarden.enforcement.measure;

import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.enforcement.policy.PenaltyLadder;
import com.shopwarden.enforcement.policy.PenaltyPolicies;
import com.shopwarden.enforcement.policy.PenaltyPolicy;
import com.shopwarden.enforcement.policy.PlannedMeasure;
import com.shopwarden.market.Market;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.outbox.EventHandlers;
import com.shopwarden.outbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Turns a worsening milestone crossing into the pack's account-level measures, once per crossing:
 * the trigger key names market, account, milestone, the crossing (its {@code crossingId}, so a
 * crossing re-published under a new event id applies nothing more; the event id where the producer
 * gives no crossing id) and the measure type. A recovering crossing lifts nothing (milestone
 * measures end by their own duration).
 */
@ApplicationScoped
public class MilestoneConsumer {

  private final EventInbox inbox;
  private final MeasureService measures;
  private final PenaltyPolicies policies;
  private final ServedMarkets served;
  private final Clock clock;
  private final EventHandlers handlers;

  public MilestoneConsumer(
      EventInbox inbox,
      MeasureService measures,
      PenaltyPolicies policies,
      ServedMarkets served,
      Clock clock) {
    this.inbox = inbox;
    this.measures = measures;
    this.policies = policies;
    this.served = served;
    this.clock = clock;
    this.handlers = EventHandlers.create().on(HealthChanged.class, this::changed);
  }

  @Incoming("account-health")
  public Uni<Void> onHealth(Message<byte[]> message) {
    return inbox.consume("enforcement.milestones", message, handlers);
  }

  Uni<Void> changed(HealthChanged event) {
    if (event.milestoneCrossed() == null) {
      return Uni.createFrom().voidItem();
    }
    Market market = served.require(event.market());
    PenaltyPolicy policy = policies.require(market.code().name());
    List<PlannedMeasure> plans =
        PenaltyLadder.forMilestone(
            policy, event.milestoneCrossed(), clock.instant(), market.legalZone());
    String crossing = crossing(event);
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (PlannedMeasure plan : plans) {
      String key =
          String.join(
              ":",
              "milestone",
              market.code().name(),
              event.accountId(),
              Integer.toString(event.milestoneCrossed().milestone()),
              crossing,
              plan.type().name());
      chain =
          chain.chain(
              () ->
                  measures
                      .apply(
                          new NewMeasure(
                              market,
                              event.accountId(),
                              event.accountType(),
                              plan,
                              List.of(),
                              null,
                              null,
                              DecisionMode.AUTOMATED,
                              TriggerKind.MILESTONE,
                              key,
                              policy.version(),
                              null,
                              policy.milestoneStatement(),
                              "creator-health"))
                      .replaceWithVoid());
    }
    return chain;
  }

  /**
   * What makes this crossing this one: the producer's crossing id, else (older producers) the
   * event's id. The two are told apart by a prefix, so no event id can pose as a crossing id.
   */
  private static String crossing(HealthChanged event) {
    String id = event.milestoneCrossed().crossingId();
    return id != null ? "crossing:" + id : "event:" + event.eventId();
  }
}
