package com.shopwarden.contracts.notification;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Require;

/**
 * A reference to whoever must receive a notification: never an address, a name or other personal
 * data, only an id the messaging platform can resolve.
 *
 * @param kind what the id refers to
 * @param id the account id, organisation id, or the notice id whose contact is meant
 * @param accountType the account's type; required for {@code ACCOUNT}, {@code null} otherwise
 */
public record Recipient(RecipientKind kind, String id, AccountType accountType) {

  public Recipient {
    Require.present(kind, "kind");
    Require.text(id, "id");
    if (kind == RecipientKind.ACCOUNT) {
      Require.present(accountType, "accountType");
    } else {
      Require.that(
          accountType == null, "accountType", "accountType is only allowed for ACCOUNT recipients");
    }
  }

  /** An account as recipient. */
  public static Recipient account(String accountId, AccountType accountType) {
    return new Recipient(RecipientKind.ACCOUNT, accountId, accountType);
  }

  /** A rights-holder organisation as recipient. */
  public static Recipient organisation(String organisationId) {
    return new Recipient(RecipientKind.ORGANISATION, organisationId, null);
  }

  /** The contact given on a notice as recipient. */
  public static Recipient noticeContact(String noticeId) {
    return new Recipient(RecipientKind.NOTICE_CONTACT, noticeId, null);
  }
}
