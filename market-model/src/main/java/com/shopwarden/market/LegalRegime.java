package com.shopwarden.market;

/** The bodies of rules that govern moderation, notices and enforcement in a market. */
public enum LegalRegime {
  /**
   * EU Digital Services Act (Regulation (EU) 2022/2065): statements of reasons, notice-and-action,
   * internal complaint handling with a six-month window, transparency database submissions.
   */
  EU_DSA,
  /**
   * US Digital Millennium Copyright Act, 17 U.S.C. 512: notice and counter-notice, restoration in
   * 10 to 14 business days, repeat-infringer policy.
   */
  US_DMCA,
  /**
   * UK Online Safety Act 2023: illegal-content duties, complaints procedures and Ofcom codes of
   * practice for user-to-user services.
   */
  UK_OSA,
  /**
   * The marketplace's own rules (terms of service, seller and creator policies, penalty points).
   * Every market has it.
   */
  MARKETPLACE_TERMS
}
