package com.shopwarden.contracts.ipr;

import com.shopwarden.contracts.AccountEvent;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Require;
import com.shopwarden.contracts.TimeWindow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account reached the market's repeat-infringer threshold (by default 3 active strikes in 90
 * days; DMCA 512(i)).
 *
 * <p>Produced by ipr-service when a new strike brings the active count to the threshold. Consumed
 * by enforcement, which applies the measure the market's pack names (by default revoking selling
 * privileges; a pack may terminate the account). Only enforcement restricts: this event restricts
 * nothing by itself.
 *
 * <p>Topic {@code ipr.notices}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose strike rules applied
 * @param occurredAt when the threshold was reached
 * @param accountId the infringing account
 * @param accountType whether it is a creator's or a seller's account
 * @param strikes active strikes in the window, at least 1
 * @param window the window over which strikes were counted
 * @param strikeViolationKeys the violation keys of the strikes counted, so that the resulting
 *     measure answers them; empty when the producer does not say
 */
public record RepeatInfringerThresholdReached(
    UUID eventId,
    String market,
    Instant occurredAt,
    String accountId,
    AccountType accountType,
    int strikes,
    TimeWindow window,
    List<String> strikeViolationKeys)
    implements AccountEvent {

  public RepeatInfringerThresholdReached {
    Require.envelope(eventId, market, occurredAt);
    Require.text(accountId, "accountId");
    Require.present(accountType, "accountType");
    Require.atLeast(strikes, 1, "strikes");
    Require.present(window, "window");
    strikeViolationKeys = Require.optionalList(strikeViolationKeys, "strikeViolationKeys");
    for (String key : strikeViolationKeys) {
      Require.text(key, "strikeViolationKeys");
    }
  }

  /** A threshold without the strikes' violation keys (the fields before they were added). */
  public RepeatInfringerThresholdReached(
      UUID eventId,
      String market,
      Instant occurredAt,
      String accountId,
      AccountType accountType,
      int strikes,
      TimeWindow window) {
    this(eventId, market, occurredAt, accountId, accountType, strikes, window, List.of());
  }
}
