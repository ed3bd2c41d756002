package com.shopwarden.moderation.hashbank;

/**
 * Where a bank is in its life. A bank is never deleted: decisions cite it by name, so a retired
 * bank and its entries stay readable for audit while it no longer matches anything.
 */
public enum BankStatus {
  /** Matched against every screened item of the market. */
  ACTIVE,
  /** No longer matched and no longer changed; kept, with its entries, for audit. */
  RETIRED
}
