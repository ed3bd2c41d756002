package com.shopwarden.health.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a tier makes an account eligible for, before restrictions.
 *
 * @param eligibility privilege code (CAMPAIGNS, INCENTIVE_PROGRAMMES, LIVE_SELLING,
 *     AFFILIATE_COMMISSION, NEW_LISTINGS...) to whether the tier allows it
 * @param rewards reward codes the tier grants
 * @param affiliateCommissionRate the affiliate commission rate the tier earns, 0 to 1
 * @param listingQuota how many new listings the tier may create per day
 */
public record TierPrivileges(
    Map<String, Boolean> eligibility,
    List<String> rewards,
    BigDecimal affiliateCommissionRate,
    int listingQuota) {

  public TierPrivileges {
    PackCheck.present(eligibility, "privileges.eligibility");
    eligibility = new TreeMap<>(eligibility);
    rewards = List.copyOf(PackCheck.present(rewards, "privileges.rewards"));
    PackCheck.present(affiliateCommissionRate, "privileges.affiliateCommissionRate");
    PackCheck.that(
        affiliateCommissionRate.signum() >= 0
            && affiliateCommissionRate.compareTo(BigDecimal.ONE) <= 0,
        "privileges.affiliateCommissionRate must be within 0 and 1");
    PackCheck.that(listingQuota >= 0, "privileges.listingQuota must be at least 0");
  }
}
