package com.shopwarden.ipr.authorisation;

/** Where a brand authorisation stands on a given day. */
public enum AuthorisationStatus {
  /** In force on the day. */
  AUTHORISED,
  /** Granted, but its first day is still to come. */
  NOT_YET_VALID,
  /** Its last day has passed. */
  EXPIRED,
  /** Withdrawn by the rights holder or an agent. */
  REVOKED,
  /** Nothing registered for the account (only in evidence). */
  NONE
}
