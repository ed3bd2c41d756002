package com.shopwarden.health.ledger;

import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.ActionExpired;
import com.shopwarden.contracts.enforcement.ActionReversed;
import com.shopwarden.outbox.EventHandlers;
import com.shopwarden.outbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes enforcement's measures from {@code enforcement.actions}, each exactly once. */
@ApplicationScoped
public class EnforcementActionsConsumer {

  private final EventInbox inbox;
  private final EventHandlers handlers;

  public EnforcementActionsConsumer(EventInbox inbox, MeasureBooking booking) {
    this.inbox = inbox;
    this.handlers =
        EventHandlers.create()
            .on(ActionApplied.class, booking::applied)
            .on(ActionReversed.class, booking::reversed)
            .on(ActionExpired.class, booking::expired);
  }

  @Incoming("enforcement-actions")
  public Uni<Void> on(Message<byte[]> message) {
    return inbox.consume("creator-health.measures", message, handlers);
  }
}
