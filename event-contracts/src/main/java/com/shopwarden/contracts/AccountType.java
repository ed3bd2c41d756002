package com.shopwarden.contracts;

/**
 * The kind of account an event concerns. One person may hold both kinds; {@code accountId} together
 * with the account type identifies an account everywhere.
 */
public enum AccountType {
  /** Makes short videos and livestreams and earns affiliate commission. */
  CREATOR,
  /** Runs a shop and owns product listings. */
  SELLER
}
