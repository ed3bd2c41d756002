package com.shopwarden.moderation.lifecycle;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.moderation.screening.MarketPolicyCache;
import com.shopwarden.moderation.strategy.StrategyView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Emergency rules: in force at once in one market, with a mandatory expiry and reason. */
@Path("/api/v1/markets/{market}/emergency-strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmergencyResource {

  private final StrategyLifecycle lifecycle;
  private final MarketPolicyCache cache;
  private final CurrentCaller caller;
  private final MarketAccess access;

  public EmergencyResource(
      StrategyLifecycle lifecycle,
      MarketPolicyCache cache,
      CurrentCaller caller,
      MarketAccess access) {
    this.lifecycle = lifecycle;
    this.cache = cache;
    this.caller = caller;
    this.access = access;
  }

  /** Creates the rule's strategy as an ACTIVE emergency version; answers it flagged. */
  @POST
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<StrategyView> create(
      @PathParam("market") String market, @NotNull @Valid EmergencyRequest request) {
    String code = access.require(caller.get(), market).code().name();
    return lifecycle
        .emergency(code, request, caller.get().subject())
        .call(() -> cache.invalidate(code));
  }
}
