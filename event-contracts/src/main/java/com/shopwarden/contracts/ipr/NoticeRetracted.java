package com.shopwarden.contracts.ipr;

import com.shopwarden.contracts.AccountEvent;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rights holder withdrew a notice that had been upheld, so the violations it caused fall.
 *
 * <p>Produced by ipr-service, one event per account whose content the notice had hit. Consumed by
 * enforcement, which reverses the measures of the named violations with reason {@code RETRACTION},
 * and removes the strikes they counted.
 *
 * <p>Topic {@code ipr.notices}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose notice regime applied
 * @param occurredAt when the notice was retracted
 * @param noticeId the retracted notice
 * @param accountId the account whose violations fall
 * @param accountType whether it is a creator's or a seller's account
 * @param violationKeys the violations of this account the notice caused, at least one
 */
public record NoticeRetracted(
    UUID eventId,
    String market,
    Instant occurredAt,
    String noticeId,
    String accountId,
    AccountType accountType,
    List<String> violationKeys)
    implements AccountEvent {

  public NoticeRetracted {
    Require.envelope(eventId, market, occurredAt);
    Require.text(noticeId, "noticeId");
    Require.text(accountId, "accountId");
    Require.present(accountType, "accountType");
    violationKeys = Require.nonEmptyTexts(violationKeys, "violationKeys");
  }
}
