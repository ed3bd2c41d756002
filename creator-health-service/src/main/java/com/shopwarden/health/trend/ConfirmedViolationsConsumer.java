package com.shopwarden.health.trend;

import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.outbox.EventHandlers;
import com.shopwarden.outbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes confirmed violations from moderation ({@code ViolationConfirmed}) and IP-rights
 * protection ({@code NoticeUpheld}) for trend detection; points still come only from enforcement.
 */
@ApplicationScoped
public class ConfirmedViolationsConsumer {

  private final EventInbox inbox;
  private final EventHandlers handlers;

  public ConfirmedViolationsConsumer(EventInbox inbox, TrendWatch watch) {
    this.inbox = inbox;
    this.handlers =
        EventHandlers.create()
            .on(ViolationConfirmed.class, watch::violationConfirmed)
            .on(NoticeUpheld.class, watch::violationConfirmed);
  }

  @Incoming("moderation-decisions")
  public Uni<Void> onModeration(Message<byte[]> message) {
    return inbox.consume("creator-health.trends", message, handlers);
  }

  @Incoming("ipr-notices")
  public Uni<Void> onNotices(Message<byte[]> message) {
    return inbox.consume("creator-health.trends", message, handlers);
  }
}
