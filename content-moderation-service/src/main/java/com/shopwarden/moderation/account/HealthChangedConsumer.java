package com.shopwarden.moderation.account;

import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.outbox.EventHandlers;
import com.shopwarden.outbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps the account context read model up to date from {@code HealthChanged} events. */
@ApplicationScoped
public class HealthChangedConsumer {

  private final EventInbox inbox;
  private final EventHandlers handlers =
      EventHandlers.create().on(HealthChanged.class, this::apply);

  public HealthChangedConsumer(EventInbox inbox) {
    this.inbox = inbox;
  }

  @Incoming("health-changed")
  public Uni<Void> on(Message<byte[]> message) {
    return inbox.consume("content-moderation.account-context", message, handlers);
  }

  /** Runs in the inbox's transaction; an event older than the stored state changes nothing. */
  Uni<Void> apply(HealthChanged event) {
    String type = event.accountType().name();
    return AccountContextEntity.<AccountContextEntity>findById(
            new AccountContextEntity.Key(event.accountId(), type))
        .flatMap(
            row -> {
              if (row != null && row.updatedAt.isAfter(event.occurredAt())) {
                return Uni.createFrom().voidItem();
              }
              AccountContextEntity r = row == null ? new AccountContextEntity() : row;
              r.accountId = event.accountId();
              r.accountType = type;
              r.market = event.market();
              r.tier = event.tier().name();
              r.activePoints = event.activePoints() == null ? 0 : event.activePoints();
              r.recentViolations = event.recentViolations();
              r.updatedAt = event.occurredAt();
              return r.persist().replaceWithVoid();
            });
  }
}
