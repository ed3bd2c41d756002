package com.shopwarden.ipr.holder;

/** Where an organisation's identity verification stands. */
public enum VerificationStatus {
  /** Registered; documents may be recorded. */
  UNVERIFIED,
  /** An ipr-agent checked the identity and business documents. */
  VERIFIED,
  /** An ipr-agent found the documents insufficient. */
  REFUSED
}
