package com.shopwarden.health.model;

import com.shopwarden.contracts.health.Privileges;
import com.shopwarden.contracts.health.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * An account's health at one instant, derived from its ledger and restrictions.
 *
 * @param activePoints the sum of the active entries' points (may be below 0 before clamping)
 * @param figure the model's figure: active points (never below 0) or the rating
 * @param tier the tier the figure's band gives, or SUSPENDED under a suspending measure
 * @param nextMilestone the next milestone if the account worsens; empty when none is left
 * @param privileges eligibility, rewards and restrictions in force
 * @param affiliateCommissionRate the commission rate the account earns now (0 when blocked)
 * @param listingQuota new listings per day the account may create now (0 when blocked)
 * @param nextDueAt the next instant something changes with nobody acting (an entry expires, a
 *     measure starts or ends); {@code null} when nothing is pending
 */
public record Assessment(
    int activePoints,
    int figure,
    Tier tier,
    Optional<Integer> nextMilestone,
    Privileges privileges,
    BigDecimal affiliateCommissionRate,
    int listingQuota,
    Instant nextDueAt) {}
