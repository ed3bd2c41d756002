package com.shopwarden.moderation.strategy;

/** What a strategy says about an item; the verdict takes the strongest (BLOCK over REVIEW). */
public enum Action {
  ALLOW,
  REVIEW,
  BLOCK
}
