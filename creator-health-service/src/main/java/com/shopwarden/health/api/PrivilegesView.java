package com.shopwarden.health.api;

import com.shopwarden.contracts.health.ActiveRestriction;
import com.shopwarden.contracts.health.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an account may do and receive now: its tier's eligibility and rewards, less what the
 * measures in force block.
 *
 * @param accountId the account
 * @param market the market
 * @param tier the tier the eligibility comes from
 * @param eligibility privilege code to whether it is allowed now
 * @param rewards reward codes of the tier
 * @param activeRestrictions enforcement measures in force
 * @param affiliateCommissionRate the commission rate earned now (0 while blocked)
 * @param listingQuota new listings per day allowed now (0 while blocked)
 * @param asOf the instant the privileges are computed for
 */
public record PrivilegesView(
    String accountId,
    String market,
    Tier tier,
    Map<String, Boolean> eligibility,
    List<String> rewards,
    List<ActiveRestriction> activeRestrictions,
    BigDecimal affiliateCommissionRate,
    int listingQuota,
    Instant asOf) {}
