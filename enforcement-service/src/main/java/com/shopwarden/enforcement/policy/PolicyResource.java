package com.shopwarden.enforcement.policy;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The penalty policy in force in a market, for staff; new versions by policy admins. */
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.POLICY_ADMIN,
  Roles.AUDITOR,
  Roles.MODERATOR,
  Roles.SENIOR_MODERATOR,
  Roles.IPR_AGENT,
  Roles.INVESTIGATOR,
  Roles.SERVICE
})
public class PolicyResource {

  private final PenaltyPolicies policies;
  private final PolicyAdminService admin;
  private final CurrentCaller caller;
  private final MarketAccess access;

  public PolicyResource(
      PenaltyPolicies policies,
      PolicyAdminService admin,
      CurrentCaller caller,
      MarketAccess access) {
    this.policies = policies;
    this.admin = admin;
    this.caller = caller;
    this.access = access;
  }

  @GET
  @Path("/{market}")
  public PenaltyPolicy get(@PathParam("market") String market) {
    return policies.require(access.require(caller.get(), market).code().name());
  }

  /** A policy admin puts a new version of a model in force (stored, audited). */
  @PUT
  @Path("/models/{model}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<PenaltyPolicy> change(
      @PathParam("model") @Size(max = 100) String model, @Valid @NotNull PolicyChange change) {
    return admin.change(model, change, caller.get());
  }
}
