package com.shopwarden.contracts.health;

import com.shopwarden.contracts.AccountEvent;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * An account's health changed: its active points or rating moved, and perhaps its tier.
 *
 * <p>Produced by creator-health-service after it books or voids points, or points expire. The
 * market's model decides which figure is present: violation points (the SEA model) or a health
 * rating (the US model), never both. Consumed by enforcement, which turns a worsening {@code
 * milestoneCrossed} into the milestone's measure (a recovering one lifts nothing: milestone
 * measures end by their own duration), and by notification of the account (for example the warning
 * within 5 points of a milestone).
 *
 * <p>Topic {@code account.health}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose health model applied
 * @param occurredAt when the health changed
 * @param accountId the account
 * @param accountType whether it is a creator's or a seller's account
 * @param tier the account's tier now
 * @param activePoints active violation points, at least 0; {@code null} under a rating model
 * @param rating health rating (0-1000 in the US model), at least 0; {@code null} under a points
 *     model
 * @param milestoneCrossed the milestone this change crossed; {@code null} when it crossed none
 * @param nextMilestone the next milestone in the worsening direction; {@code null} when there is
 *     none left
 * @param recentViolations violations booked on the account within the health pack's recent window
 *     (90 days unless the pack says otherwise); {@code null} when the producer does not say
 */
public record HealthChanged(
    UUID eventId,
    String market,
    Instant occurredAt,
    String accountId,
    AccountType accountType,
    Tier tier,
    Integer activePoints,
    Integer rating,
    MilestoneCrossing milestoneCrossed,
    Integer nextMilestone,
    Integer recentViolations)
    implements AccountEvent {

  public HealthChanged {
    Require.envelope(eventId, market, occurredAt);
    Require.text(accountId, "accountId");
    Require.present(accountType, "accountType");
    Require.present(tier, "tier");
    Require.that(
        (activePoints == null) != (rating == null),
        activePoints == null ? "activePoints" : "rating",
        "exactly one of activePoints and rating is required");
    Require.optionalAtLeast(activePoints, 0, "activePoints");
    Require.optionalAtLeast(rating, 0, "rating");
    Require.optionalAtLeast(nextMilestone, 0, "nextMilestone");
    Require.optionalAtLeast(recentViolations, 0, "recentViolations");
  }

  /** A change without the recent violation count (the fields before it was added). */
  public HealthChanged(
      UUID eventId,
      String market,
      Instant occurredAt,
      String accountId,
      AccountType accountType,
      Tier tier,
      Integer activePoints,
      Integer rating,
      MilestoneCrossing milestoneCrossed,
      Integer nextMilestone) {
    this(
        eventId,
        market,
        occurredAt,
        accountId,
        accountType,
        tier,
        activePoints,
        rating,
        milestoneCrossed,
        nextMilestone,
        null);
  }
}
