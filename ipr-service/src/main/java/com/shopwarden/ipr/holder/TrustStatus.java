package com.shopwarden.ipr.holder;

/** Whether an organisation's notices get priority. */
public enum TrustStatus {
  NONE,
  /** Awarded trusted-flagger status under DSA Art. 22: priority and source TRUSTED_FLAGGER. */
  TRUSTED_FLAGGER,
  /** A partner of the marketplace's IP protection programme: priority only. */
  PROGRAMME_PARTNER
}
