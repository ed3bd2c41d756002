package com.shopwarden.contracts.health;

/**
 * Which way the account's measured value moved across a milestone: points rise ({@code UP}) as an
 * account worsens, a health rating falls ({@code DOWN}).
 */
public enum Direction {
  UP,
  DOWN
}
