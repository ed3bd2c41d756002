package com.shopwarden.health.api;

import com.shopwarden.contracts.health.Tier;
import com.shopwarden.health.model.ModelKind;
import java.time.Instant;
import java.util.List;

/**
 * An account's health in one market, as its holder and staff see it.
 *
 * @param accountId the account
 * @param market the market
 * @param accountType CREATOR or SELLER; {@code null} for an account with no record here yet
 * @param model the market's model
 * @param packVersion the version of the market's health pack applied
 * @param tier the tier now
 * @param activePoints active points (points model), otherwise {@code null}
 * @param rating the rating (rating model), otherwise {@code null}
 * @param nextMilestone the next milestone if the account worsens, and how far it is
 * @param milestoneWarning whether the account is within the pack's warning distance of it
 * @param entries each active ledger entry, with why it is there and when it expires
 * @param privileges what the account may do and receive now
 * @param tierHistory the latest tier changes, oldest first
 * @param signals commerce counts and rates over the rolling windows
 * @param asOf the instant the figures are computed for
 */
public record HealthView(
    String accountId,
    String market,
    String accountType,
    ModelKind model,
    String packVersion,
    Tier tier,
    Integer activePoints,
    Integer rating,
    NextMilestoneView nextMilestone,
    boolean milestoneWarning,
    List<EntryView> entries,
    PrivilegesView privileges,
    List<TierChangeView> tierHistory,
    SignalsView signals,
    Instant asOf) {}
