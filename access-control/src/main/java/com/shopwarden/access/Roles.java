package com.shopwarden.access;

import java.util.Set;

/** The roles of ARCHITECTURE.md, as they appear in a token's {@code groups} claim. */
public final class Roles {
  public static final String MODERATOR = "moderator";
  public static final String SENIOR_MODERATOR = "senior-moderator";
  public static final String POLICY_ADMIN = "policy-admin";
  public static final String IPR_AGENT = "ipr-agent";
  public static final String INVESTIGATOR = "investigator";
  public static final String AUDITOR = "auditor";
  public static final String SRE = "sre";
  public static final String SERVICE = "service";
  public static final String CREATOR = "creator";
  public static final String SELLER = "seller";
  public static final String RIGHTS_HOLDER = "rights-holder";

  /** Roles held by the marketplace's own people and systems, scoped by the markets claim. */
  public static final Set<String> STAFF =
      Set.of(
          MODERATOR,
          SENIOR_MODERATOR,
          POLICY_ADMIN,
          IPR_AGENT,
          INVESTIGATOR,
          AUDITOR,
          SRE,
          SERVICE);

  /** Roles held by people outside the marketplace, who only ever see their own records. */
  public static final Set<String> EXTERNAL = Set.of(CREATOR, SELLER, RIGHTS_HOLDER);

  private Roles() {}
}
