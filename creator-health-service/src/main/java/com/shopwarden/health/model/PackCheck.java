package com.shopwarden.health.model;

import java.util.List;

/** Checks on a health pack as it loads: a broken pack stops the service rather than misjudging. */
final class PackCheck {

  private PackCheck() {}

  static void that(boolean condition, String message) {
    if (!condition) {
      throw new InvalidHealthPackException(message);
    }
  }

  static <T> T present(T value, String field) {
    that(value != null, field + " is required");
    return value;
  }

  static List<Integer> strictlyOrdered(List<Integer> values, boolean ascending, String field) {
    present(values, field);
    that(!values.isEmpty(), field + " must not be empty");
    for (int i = 1; i < values.size(); i++) {
      int previous = values.get(i - 1);
      int current = values.get(i);
      that(
          ascending ? current > previous : current < previous,
          field + " must be strictly " + (ascending ? "ascending" : "descending"));
    }
    return List.copyOf(values);
  }
}
