package com.shopwarden.access;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the verified bearer token says.
 *
 * @param subject the token's subject, recorded as the actor in audit trails
 * @param roles the {@code groups} claim
 * @param markets the {@code markets} claim; {@code *} stands for every market (platform service
 *     accounts)
 * @param accountId the {@code account_id} claim of a creator or seller, if any
 * @param accountType the {@code account_type} claim (CREATOR or SELLER), if any
 * @param organisationId the {@code org_id} claim of a rights-holder user, if any
 */
public record Caller(
    String subject,
    Set<String> roles,
    Set<String> markets,
    Optional<String> accountId,
    Optional<String> accountType,
    Optional<String> organisationId) {

  /** The markets claim value that grants every market. */
  public static final String ALL_MARKETS = "*";

  public Caller {
    roles = Set.copyOf(roles);
    markets = Set.copyOf(markets);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(Set<String> candidates) {
    return candidates.stream().anyMatch(roles::contains);
  }

  /** Staff act within their markets; externals act only on their own account or organisation. */
  public boolean isStaff() {
    return hasAnyRole(Roles.STAFF);
  }

  public boolean coversMarket(String code) {
    return markets.contains(ALL_MARKETS) || markets.contains(code);
  }

  public boolean holdsAccount(String id) {
    return accountId.map(id::equals).orElse(false);
  }

  public boolean belongsTo(String organisation) {
    return organisationId.map(organisation::equals).orElse(false);
  }
}
