package com.shopwarden.moderation.strategy;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.moderation.screening.MarketPolicyCache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Strategies of a market: policy admins write, moderators and auditors read. */
@Path("/api/v1/markets/{market}/strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StrategyResource {

  private static final String NAME = "[a-z0-9][a-z0-9-]{0,63}";

  private final StrategyService service;
  private final MarketPolicyCache cache;
  private final CurrentCaller caller;
  private final MarketAccess access;

  public StrategyResource(
      StrategyService service, MarketPolicyCache cache, CurrentCaller caller, MarketAccess access) {
    this.service = service;
    this.cache = cache;
    this.caller = caller;
    this.access = access;
  }

  /** Saves a new version; the expression is compiled first and a compile error is a 400. */
  @PUT
  @Path("/{name}")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<StrategyView> save(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @NotNull @Valid StrategyRequest request) {
    String code = access.require(caller.get(), market).code().name();
    String who = caller.get().subject();
    return service.save(code, name, request, who).call(() -> cache.invalidate(code));
  }

  @GET
  @RolesAllowed({Roles.POLICY_ADMIN, Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.AUDITOR})
  public Uni<List<StrategyView>> list(@PathParam("market") String market) {
    return service.list(access.require(caller.get(), market).code().name());
  }

  @GET
  @Path("/{name}")
  @RolesAllowed({Roles.POLICY_ADMIN, Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.AUDITOR})
  public Uni<StrategyView> get(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @QueryParam("version") @Min(1) @Max(1_000_000) Integer version) {
    return service.get(access.require(caller.get(), market).code().name(), name, version);
  }
}
