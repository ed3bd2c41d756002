package com.shopwarden.health.rest;

import com.shopwarden.access.Caller;
import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.health.api.RewardGrant;
import com.shopwarden.health.api.RewardRequest;
import com.shopwarden.health.ledger.RewardGrants;
import com.shopwarden.market.Market;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Rewards that restore points, granted by the platform that knows they were earned (a learning
 * platform reports a completed policy course) or by policy staff.
 */
@Path("/api/v1/accounts/{accountId}/rewards")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RewardResource {

  private final CurrentCaller currentCaller;
  private final MarketAccess marketAccess;
  private final RewardGrants grants;

  public RewardResource(
      CurrentCaller currentCaller, MarketAccess marketAccess, RewardGrants grants) {
    this.currentCaller = currentCaller;
    this.marketAccess = marketAccess;
    this.grants = grants;
  }

  /** Books the reward once per its period; a repeated reference returns the original grant. */
  @POST
  @RolesAllowed({Roles.SERVICE, Roles.POLICY_ADMIN, Roles.SENIOR_MODERATOR})
  public Uni<RewardGrant> grant(
      @PathParam("accountId") @NotBlank @Size(max = 128) String accountId,
      @NotNull @Valid RewardRequest request) {
    Caller caller = currentCaller.get();
    Market market = marketAccess.require(caller, request.market());
    return grants.grant(market, accountId, request);
  }
}
