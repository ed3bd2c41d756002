package com.shopwarden.health.signals;

import com.shopwarden.contracts.commerce.CommerceSignal;
import com.shopwarden.outbox.EventHandlers;
import com.shopwarden.outbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Consumes the platforms' commerce counts from {@code commerce.signals}, each exactly once. */
@ApplicationScoped
public class CommerceSignalsConsumer {

  private final EventInbox inbox;
  private final EventHandlers handlers;

  public CommerceSignalsConsumer(EventInbox inbox, SignalIntake intake) {
    this.inbox = inbox;
    this.handlers = EventHandlers.create().on(CommerceSignal.class, intake::fromEvent);
  }

  @Incoming("commerce-signals")
  public Uni<Void> on(Message<byte[]> message) {
    return inbox.consume("creator-health.signals", message, handlers);
  }
}
