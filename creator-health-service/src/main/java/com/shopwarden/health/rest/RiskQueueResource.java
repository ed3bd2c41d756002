package com.shopwarden.health.rest;

import com.shopwarden.access.Caller;
import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.health.api.RiskQueueEntry;
import com.shopwarden.health.risk.RiskQueue;
import com.shopwarden.market.Market;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The risk queue investigators work from, per market. */
@Path("/api/v1/risk/queue")
@Produces(MediaType.APPLICATION_JSON)
public class RiskQueueResource {

  private final CurrentCaller currentCaller;
  private final MarketAccess marketAccess;
  private final RiskQueue queue;

  public RiskQueueResource(
      CurrentCaller currentCaller, MarketAccess marketAccess, RiskQueue queue) {
    this.currentCaller = currentCaller;
    this.marketAccess = marketAccess;
    this.queue = queue;
  }

  /** The top {@code limit} accounts of the market by risk score, each feature's contribution. */
  @GET
  @RolesAllowed({
    Roles.INVESTIGATOR,
    Roles.MODERATOR,
    Roles.SENIOR_MODERATOR,
    Roles.POLICY_ADMIN,
    Roles.AUDITOR
  })
  public Uni<List<RiskQueueEntry>> top(
      @QueryParam("market") @NotBlank @Size(max = 8) String market,
      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
    Caller caller = currentCaller.get();
    Market served = marketAccess.require(caller, market);
    return queue.top(served.code().name(), limit);
  }
}
