package com.shopwarden.contracts.health;

import com.shopwarden.contracts.AccountEvent;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * What an account may do and receive changed, after a tier change or a measure that started or
 * ended.
 *
 * <p>Produced by creator-health-service, which keeps privileges as a read model and restricts
 * nothing itself. Consumed by the marketplace's platforms (campaign enrolment, affiliate, live
 * selling), which apply the eligibility, and by notification of the account.
 *
 * <p>Topic {@code account.health}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose health pack applied
 * @param occurredAt when the privileges changed
 * @param accountId the account
 * @param accountType whether it is a creator's or a seller's account
 * @param privileges the account's privileges now, in full
 */
public record PrivilegesChanged(
    UUID eventId,
    String market,
    Instant occurredAt,
    String accountId,
    AccountType accountType,
    Privileges privileges)
    implements AccountEvent {

  public PrivilegesChanged {
    Require.envelope(eventId, market, occurredAt);
    Require.text(accountId, "accountId");
    Require.present(accountType, "accountType");
    Require.present(privileges, "privileges");
  }
}
