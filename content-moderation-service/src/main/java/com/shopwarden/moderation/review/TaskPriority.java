package com.shopwarden.moderation.review;

import java.time.Duration;
import java.time.Instant;

/**
 * The priority of a review task: {@code harm × reach × boost × urgency}.
 *
 * <ul>
 *   <li>{@code harm}: the severity's weight in the market's plan;
 *   <li>{@code reach}: {@code 1 + log10(1 + audience)}, the audience being a live segment's current
 *       viewers and otherwise the account's followers, so a million viewers weigh 7, not a million;
 *   <li>{@code boost}: trusted-flagger or user report, times the escalation boost once escalated;
 *   <li>{@code urgency}: {@code sla / time left}, 1 when the task is opened and growing as its
 *       deadline nears; time left is counted as at least {@link #FLOOR}, so an overdue task keeps
 *       the highest urgency its SLA allows rather than dividing by zero.
 * </ul>
 *
 * The first three are fixed when the task is routed; urgency is computed at the moment of asking,
 * which is why claims order in SQL with the same formula ({@link #SQL_ORDER}).
 */
public record TaskPriority(
    double score,
    double harm,
    double reach,
    double boost,
    double urgency,
    long audience,
    long slaSeconds,
    long secondsLeft) {

  /** The shortest time left urgency divides by. */
  public static final Duration FLOOR = Duration.ofMinutes(1);

  /**
   * The claim order: the priority score with {@code ?1} bound to now, highest first, then the
   * earliest deadline. Kept beside {@link #at} so the two never disagree.
   */
  static final String SQL_ORDER =
      "harm * reach * boost * sla_seconds"
          + " / greatest(extract(epoch from (deadline - cast(?1 as timestamptz))), "
          + FLOOR.toSeconds()
          + ") desc, deadline, seq";

  /** {@code 1 + log10(1 + audience)}. */
  public static double reach(long audience) {
    return 1 + Math.log10(1 + Math.max(0, audience));
  }

  /** The priority of a task with these fixed components at {@code now}. */
  public static TaskPriority at(
      double harm,
      double reach,
      double boost,
      long audience,
      long slaSeconds,
      Instant deadline,
      Instant now) {
    long left = Duration.between(now, deadline).toSeconds();
    double urgency = (double) slaSeconds / Math.max(left, FLOOR.toSeconds());
    return new TaskPriority(
        harm * reach * boost * urgency, harm, reach, boost, urgency, audience, slaSeconds, left);
  }
}
