package com.shopwarden.contracts.commerce;

/** What a commerce signal counts. */
public enum CommerceSignalKind {
  ORDER,
  REFUND,
  RETURN,
  COMPLAINT,
  /** A cancellation the seller caused. */
  CANCELLATION,
  /** An order dispatched after the promised time. */
  LATE_DISPATCH,
  CHARGEBACK
}
