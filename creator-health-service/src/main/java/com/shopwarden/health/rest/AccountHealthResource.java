package com.shopwarden.health.rest;

import com.shopwarden.access.Caller;
import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.health.api.HealthView;
import com.shopwarden.health.api.PrivilegesView;
import com.shopwarden.health.api.SignalsView;
import com.shopwarden.health.ledger.HealthQueries;
import com.shopwarden.health.signals.SignalWindows;
import com.shopwarden.market.Market;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * An account's health, privileges and commerce signals. Account holders (creator, seller) see only
 * their own; staff see accounts in their markets; platforms ({@code service}) read privileges to
 * apply them.
 */
@Path("/api/v1/accounts/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
// Account holders (their own account only) and staff of the account's market.
@RolesAllowed({
  Roles.CREATOR,
  Roles.SELLER,
  Roles.MODERATOR,
  Roles.SENIOR_MODERATOR,
  Roles.INVESTIGATOR,
  Roles.AUDITOR,
  Roles.POLICY_ADMIN,
  Roles.SERVICE
})
public class AccountHealthResource {

  private final CurrentCaller currentCaller;
  private final MarketAccess marketAccess;
  private final HealthQueries queries;
  private final SignalWindows signals;

  public AccountHealthResource(
      CurrentCaller currentCaller,
      MarketAccess marketAccess,
      HealthQueries queries,
      SignalWindows signals) {
    this.currentCaller = currentCaller;
    this.marketAccess = marketAccess;
    this.queries = queries;
    this.signals = signals;
  }

  /** Tier, points or rating, active entries, next milestone, privileges and tier history. */
  @GET
  @Path("/health")
  public Uni<HealthView> health(
      @PathParam("accountId") @NotBlank @Size(max = 128) String accountId,
      @QueryParam("market") @NotBlank @Size(max = 8) String market) {
    return queries.health(authorise(accountId, market), accountId);
  }

  /** What the account may do and receive now: tier eligibility less measures in force. */
  @GET
  @Path("/privileges")
  public Uni<PrivilegesView> privileges(
      @PathParam("accountId") @NotBlank @Size(max = 128) String accountId,
      @QueryParam("market") @NotBlank @Size(max = 8) String market) {
    return queries.privileges(authorise(accountId, market), accountId);
  }

  /** The account's commerce counts and rates over the rolling windows ending now. */
  @GET
  @Path("/signals")
  public Uni<SignalsView> signals(
      @PathParam("accountId") @NotBlank @Size(max = 128) String accountId,
      @QueryParam("market") @NotBlank @Size(max = 8) String market) {
    return signals.of(authorise(accountId, market), accountId);
  }

  private Market authorise(String accountId, String market) {
    Caller caller = currentCaller.get();
    Market served = marketAccess.require(caller, market);
    marketAccess.requireOwnAccount(caller, accountId);
    return served;
  }
}
