package com.shopwarden.ipr.holder;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may see an organisation's records: its own members (the {@code org_id} claim) and staff whose
 * markets cover the organisation's market. Nobody else learns that a record exists.
 */
@ApplicationScoped
public class OrganisationScope {

  private final MarketAccess access;

  public OrganisationScope(MarketAccess access) {
    this.access = access;
  }

  /** For a path naming the organisation: 403 to members of another organisation. */
  public void requireOrganisation(Caller caller, String organisationId, String market) {
    if (caller.isStaff()) {
      access.require(caller, market);
    } else {
      access.requireOwnOrganisation(caller, organisationId);
    }
  }

  /**
   * For a record found by its own id (asset, notice): 404 to members of another organisation, so
   * that ids cannot be probed.
   */
  public void requireVisible(Caller caller, String organisationId, String market, String what) {
    if (caller.isStaff()) {
      access.require(caller, market);
    } else if (!caller.belongsTo(organisationId)) {
      throw ProblemException.notFound(what + " not found");
    }
  }
}
