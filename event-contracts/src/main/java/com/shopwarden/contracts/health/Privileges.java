package com.shopwarden.contracts.health;

import com.shopwarden.contracts.Require;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an account may do and receive now: the tier-based eligibility and rewards of the market's
 * health pack, plus the restrictions enforcement has in force. Eligibility and rewards are named by
 * the market pack (open vocabularies), so they are maps and lists of codes; restrictions use the
 * closed {@code MeasureType}.
 *
 * @param eligibility privilege code (e.g. {@code CAMPAIGN_ENROLMENT}, {@code LIVE_SELLING}) to
 *     whether the account's tier allows it
 * @param rewards reward codes the tier grants (e.g. {@code REDUCED_COMMISSION_FEE}); may be empty
 * @param activeRestrictions measures in force on the account; may be empty
 * @param affiliateCommissionRate the affiliate commission rate the tier earns, 0 to 1; {@code null}
 *     when the pack sets none
 * @param listingQuota how many new listings the account may create per day, at least 0; {@code
 *     null} when the pack sets none
 */
public record Privileges(
    Map<String, Boolean> eligibility,
    List<String> rewards,
    List<ActiveRestriction> activeRestrictions,
    BigDecimal affiliateCommissionRate,
    Integer listingQuota) {

  public Privileges {
    eligibility = Require.map(eligibility, "eligibility");
    rewards = Require.texts(rewards, "rewards");
    activeRestrictions = Require.list(activeRestrictions, "activeRestrictions");
    Require.that(
        affiliateCommissionRate == null
            || (affiliateCommissionRate.signum() >= 0
                && affiliateCommissionRate.compareTo(BigDecimal.ONE) <= 0),
        "affiliateCommissionRate",
        "affiliateCommissionRate must be within 0 and 1");
    Require.optionalAtLeast(listingQuota, 0, "listingQuota");
  }

  /** Privileges without the numeric ones (the fields before they were added). */
  public Privileges(
      Map<String, Boolean> eligibility,
      List<String> rewards,
      List<ActiveRestriction> activeRestrictions) {
    this(eligibility, rewards, activeRestrictions, null, null);
  }
}
