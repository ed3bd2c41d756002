package com.shopwarden.health.model;

import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.MilestoneCrossing;
import java.util.List;
import java.util.Optional;

/**
 * How a market turns the points on an account's ledger into its health figure, and where the
 * figure's milestones lie. Points rise as an account worsens; a rating falls.
 */
public sealed interface HealthScale permits PointsRules, RatingRules {

  /** The figure of an account whose active ledger entries sum to {@code activePoints}. */
  int figure(int activePoints);

  /** The figure of an account with nothing on its ledger. */
  default int cleanFigure() {
    return figure(0);
  }

  /** Calendar days, in the market's legal time zone, a ledger entry stays active. */
  int entryLifetimeDays();

  /** The milestones in the order the account meets them as it worsens. */
  List<Integer> milestones();

  /** The direction the figure moves when the account worsens. */
  Direction worsening();

  /** Whether {@code figure} has reached {@code milestone} (at or beyond it). */
  default boolean reached(int figure, int milestone) {
    return worsening() == Direction.UP ? figure >= milestone : figure <= milestone;
  }

  /**
   * The milestone a move from {@code from} to {@code to} crossed: when several were crossed at
   * once, the furthest along the move (the most severe when worsening, the mildest when
   * recovering), which is the one whose side the account now stands on.
   */
  default Optional<MilestoneCrossing> crossing(int from, int to) {
    MilestoneCrossing found = null;
    for (int milestone : milestones()) {
      boolean before = reached(from, milestone);
      boolean after = reached(to, milestone);
      if (!before && after) {
        // Worsening: milestones are in worsening order, so the last one reached is the furthest.
        found = new MilestoneCrossing(milestone, worsening());
      } else if (before && !after && found == null) {
        // Recovering: the first one left behind in worsening order is the mildest.
        found = new MilestoneCrossing(milestone, opposite(worsening()));
      }
    }
    return Optional.ofNullable(found);
  }

  /** The next milestone the account would reach if it worsened; empty when none is left. */
  default Optional<Integer> nextMilestone(int figure) {
    return milestones().stream().filter(m -> !reached(figure, m)).findFirst();
  }

  private static Direction opposite(Direction direction) {
    return direction == Direction.UP ? Direction.DOWN : Direction.UP;
  }
}
