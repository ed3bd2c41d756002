package com.shopwarden.health.model;

/** Which figure a market measures an account's health by. */
public enum ModelKind {
  /** Active violation points that rise as the account worsens (the SEA model). */
  POINTS,
  /** A rating that falls from its start value as the account worsens (the US model). */
  RATING
}
