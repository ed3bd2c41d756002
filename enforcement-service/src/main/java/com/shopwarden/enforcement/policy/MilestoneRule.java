package com.shopwarden.enforcement.policy;

import java.util.List;

/**
 * The account-level measures a milestone applies when an account worsens across it. They carry no
 * points: points come from violations only.
 *
 * @param at the milestone's value (points, or a rating)
 * @param measures the measures, at least one
 */
public record MilestoneRule(int at, List<MeasureSpec> measures) {

  public MilestoneRule {
    if (at < 0) {
      throw new IllegalArgumentException("milestone must be at least 0: " + at);
    }
    measures = List.copyOf(measures);
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("milestone " + at + " has no measures");
    }
  }
}
