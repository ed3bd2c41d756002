package com.shopwarden.enforcement.policy;

import java.util.Objects;

/**
 * The same policy violated {@code occurrences} times within {@code windowDays} applies {@code
 * measure}, whatever the points.
 *
 * @param occurrences how many violations of one policy trigger the rule
 * @param windowDays the window they are counted in, in days
 * @param measure the measure applied when the count is reached
 */
public record RepeatRule(int occurrences, int windowDays, MeasureSpec measure) {

  public RepeatRule {
    if (occurrences < 2 || windowDays < 1) {
      throw new IllegalArgumentException("repeat rule needs occurrences >= 2 and windowDays >= 1");
    }
    Objects.requireNonNull(measure, "repeat measure");
  }
}
