package com.shopwarden.text;

/**
 * How grave a hit on a term is. Same names as the event contracts' severity so that a service maps
 * one onto the other by name; the library itself stays free of service dependencies.
 */
public enum TermSeverity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
