package com.shopwarden.contracts;

/** How grave a violation is under the market's policy; the penalty policy maps it to points. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
