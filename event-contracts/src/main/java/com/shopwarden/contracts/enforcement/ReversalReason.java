package com.shopwarden.contracts.enforcement;

/** Why enforcement reversed a measure before its end. */
public enum ReversalReason {
  /** An appeal (internal complaint) showed the decision was wrong. */
  APPEAL_OVERTURNED,
  /** A counter-notice stood and the content is restored. */
  COUNTER_NOTICE,
  /** The notifier retracted the notice. */
  RETRACTION,
  /** The measure was applied in error (wrong policy, wrong account, faulty strategy). */
  POLICY_ERROR
}
