package com.shopwarden.contracts.notification;

/** Who a notification goes to, by reference; the messaging platform resolves the address. */
public enum RecipientKind {
  /** A creator's or seller's account. */
  ACCOUNT,
  /** A rights-holder organisation. */
  ORGANISATION,
  /** The contact a notifier gave on a notice (who may have no account). */
  NOTICE_CONTACT
}
