package com.shopwarden.contracts.moderation;

import com.shopwarden.contracts.AccountEvent;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * A version of a content item breaks no policy.
 *
 * <p>Produced by content-moderation when screening passes an item or a reviewer clears one that a
 * strategy held for review. Consumed by the services that wait on moderation's view of an item (for
 * example IP-rights protection while it handles a notice on the same item); no measure follows from
 * it. It names the account that owns the item so that it is ordered with that account's {@link
 * ViolationConfirmed} events.
 *
 * <p>Topic {@code moderation.decisions}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose policy was applied
 * @param occurredAt when the item was cleared
 * @param accountId the account that owns the item
 * @param accountType whether it is a creator's or a seller's account
 * @param contentId the cleared content item
 * @param contentVersion the cleared version of the item, from 1
 */
public record ContentCleared(
    UUID eventId,
    String market,
    Instant occurredAt,
    String accountId,
    AccountType accountType,
    String contentId,
    int contentVersion)
    implements AccountEvent {

  public ContentCleared {
    Require.envelope(eventId, market, occurredAt);
    Require.text(accountId, "accountId");
    Require.present(accountType, "accountType");
    Require.text(contentId, "contentId");
    Require.atLeast(contentVersion, 1, "contentVersion");
  }
}
