package com.shopwarden.enforcement.measure;

/** Whether the platform carried a measure out. */
public enum ExecutionStatus {
  EXECUTED,
  /** The platform could not carry it out: visible to staff and alerted. */
  FAILED
}
