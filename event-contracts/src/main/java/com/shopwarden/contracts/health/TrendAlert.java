package com.shopwarden.contracts.health;

import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.TimeWindow;

/**
 * An event about the trend alert of one policy in one market. Keyed by market and policy code, so
 * that an alert's raising and closing are consumed in order.
 */
public interface TrendAlert extends DomainEvent {

  /** The policy whose violations trend. */
  String policyCode();

  /** The window the figures cover. */
  TimeWindow window();

  /** The figures over the window. */
  TrendFigures figures();

  /** {@code market + ":" + policyCode}: one alert's events stay ordered. */
  @Override
  default String partitionKey() {
    return market() + ":" + policyCode();
  }
}
