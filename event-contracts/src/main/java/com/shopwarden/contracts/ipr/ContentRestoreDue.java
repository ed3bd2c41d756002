package com.shopwarden.contracts.ipr;

import com.shopwarden.contracts.AccountEvent;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * Removed content must come back: the target's counter-notice stood and the notifier did not report
 * a court action before the restore day (DMCA 512(g), or the market's equivalent).
 *
 * <p>Produced by ipr-service when the counter-notice timer ends. Consumed by enforcement, which
 * reverses the measure taken for the violation with reason {@code COUNTER_NOTICE}; creator-health
 * then voids its points through {@code ActionReversed}.
 *
 * <p>Topic {@code ipr.notices}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose notice regime applied
 * @param occurredAt when the restore became due
 * @param noticeId the notice the counter-notice answered
 * @param contentId the content item to restore
 * @param violationKey the violation whose measure enforcement reverses
 * @param accountId the account that counter-noticed
 * @param accountType whether it is a creator's or a seller's account
 */
public record ContentRestoreDue(
    UUID eventId,
    String market,
    Instant occurredAt,
    String noticeId,
    String contentId,
    String violationKey,
    String accountId,
    AccountType accountType)
    implements AccountEvent {

  public ContentRestoreDue {
    Require.envelope(eventId, market, occurredAt);
    Require.text(noticeId, "noticeId");
    Require.text(contentId, "contentId");
    Require.text(violationKey, "violationKey");
    Require.text(accountId, "accountId");
    Require.present(accountType, "accountType");
  }
}
