package com.shopwarden.enforcement.violation;

import com.shopwarden.contracts.enforcement.ReversalReason;
import com.shopwarden.contracts.ipr.ContentRestoreDue;
import com.shopwarden.contracts.ipr.NoticeRetracted;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.ipr.RepeatInfringerThresholdReached;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.outbox.EventHandlers;
import com.shopwarden.outbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Turns moderation's and IP protection's findings into violations and measures, and their
 * withdrawals into reversals. Each event takes effect once (inbox); each violation key once.
 */
@ApplicationScoped
public class ViolationConsumers {

  private final EventInbox inbox;
  private final ViolationService violations;
  private final EventHandlers moderation;
  private final EventHandlers notices;

  public ViolationConsumers(
      EventInbox inbox, ViolationService violations, RepeatInfringerHandler repeatInfringers) {
    this.inbox = inbox;
    this.violations = violations;
    this.moderation = EventHandlers.create().on(ViolationConfirmed.class, this::confirmed);
    this.notices =
        EventHandlers.create()
            .on(NoticeUpheld.class, this::upheld)
            .on(ContentRestoreDue.class, this::restoreDue)
            .on(NoticeRetracted.class, this::retracted)
            .on(RepeatInfringerThresholdReached.class, repeatInfringers::apply);
  }

  @Incoming("moderation-decisions")
  public Uni<Void> onModeration(Message<byte[]> message) {
    return inbox.consume("enforcement.violations", message, moderation);
  }

  @Incoming("ipr-notices")
  public Uni<Void> onNotice(Message<byte[]> message) {
    return inbox.consume("enforcement.notices", message, notices);
  }

  private Uni<Void> confirmed(ViolationConfirmed event) {
    return violations.record(ViolationFacts.of(event), "moderation").replaceWithVoid();
  }

  private Uni<Void> upheld(NoticeUpheld event) {
    return violations.record(ViolationFacts.of(event), "ipr").replaceWithVoid();
  }

  private Uni<Void> restoreDue(ContentRestoreDue event) {
    return violations
        .voidViolations(List.of(event.violationKey()), ReversalReason.COUNTER_NOTICE, "ipr")
        .replaceWithVoid();
  }

  private Uni<Void> retracted(NoticeRetracted event) {
    return violations
        .voidViolations(event.violationKeys(), ReversalReason.RETRACTION, "ipr")
        .replaceWithVoid();
  }
}
