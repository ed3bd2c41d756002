package com.shopwarden.contracts.enforcement;

/**
 * A restrictive measure enforcement can take. Only enforcement restricts, so every entry has a
 * statement of reasons and an appeal path.
 */
public enum MeasureType {
  /** A warning without restriction (DSA Art. 23 requires one before a misuse suspension). */
  WARNING,
  /** The content item is taken down. */
  REMOVE_CONTENT,
  /** The product listing is taken off sale. */
  DELIST_PRODUCT,
  /** The content is demoted or kept out of recommendations. */
  LIMIT_VISIBILITY,
  /** The account may not go live. */
  SUSPEND_LIVE,
  /** The account may not join campaigns or use their benefits (SEA 12-point milestone). */
  RESTRICT_CAMPAIGNS,
  /**
   * The account is removed from affiliate programmes: creators may no longer promote its products,
   * or the creator may no longer promote others' (SEA 24-point milestone, beside {@link
   * #RESTRICT_CAMPAIGNS} and {@link #LIMIT_NEW_LISTINGS}). Distinct from {@link
   * #WITHHOLD_COMMISSION}, which freezes money already earned.
   */
  REMOVE_FROM_AFFILIATE,
  /** The seller may create no or fewer new listings (SEA 24 points, US rating milestones). */
  LIMIT_NEW_LISTINGS,
  /** Commission earned is frozen (a restriction of monetary payments). */
  WITHHOLD_COMMISSION,
  /** The shop is deactivated for a period (SEA 36-point milestone). */
  DEACTIVATE_SHOP,
  /** The account may no longer sell (default for repeat infringers). */
  REVOKE_SELLING_PRIVILEGES,
  /** The whole account is suspended for a period. */
  SUSPEND_ACCOUNT,
  /** The account is closed for good (SEA 48 points, US rating 0). */
  TERMINATE_ACCOUNT
}
