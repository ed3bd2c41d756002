package com.shopwarden.enforcement.violation;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.InvalidFieldException;
import com.shopwarden.contracts.Require;
import com.shopwarden.enforcement.policy.UnknownPolicyException;
import com.shopwarden.market.Market;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Platforms report confirmed violations here. The violation key is the natural idempotency key: a
 * repeat answers 200 with the original violation and its measures, and applies nothing.
 */
@Path("/api/v1/violations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ViolationResource {

  private final ViolationService violations;
  private final CurrentCaller caller;
  private final MarketAccess access;

  public ViolationResource(ViolationService violations, CurrentCaller caller, MarketAccess access) {
    this.violations = violations;
    this.caller = caller;
    this.access = access;
  }

  @POST
  @RolesAllowed(Roles.SERVICE)
  public Uni<Response> report(@Valid @NotNull ViolationRequest request) {
    Market market = access.require(caller.get(), request.market());
    if (request.strategyId() == null && request.detection() == Detection.AUTOMATED) {
      throw ProblemException.invalidField("strategyId", "is required when detection is AUTOMATED");
    }
    if ((request.strategyId() == null) != (request.strategyVersion() == null)) {
      throw ProblemException.invalidField(
          "strategyVersion", "strategyId and strategyVersion go together");
    }
    try {
      // The same EAN-13 rule (check digit included) the event producers apply.
      Require.optionalEan13(request.ean(), "ean");
    } catch (InvalidFieldException e) {
      throw ProblemException.invalidField("ean", e.getMessage());
    }
    String actor = caller.get().subject();
    return Panache.withTransaction(
            () -> violations.record(request.toFacts(market.code().name()), actor))
        .map(
            recorded ->
                Response.status(recorded.created() ? 201 : 200)
                    .entity(ViolationView.of(recorded))
                    .build())
        // Two first reports of one key at once: the loser's insert hits the unique key, and its
        // retry finds the winner's violation and answers with it.
        .onFailure(ViolationResource::duplicateKey)
        .retry()
        .atMost(1)
        .onFailure(UnknownPolicyException.class)
        .transform(e -> ProblemException.invalidField("policyCode", e.getMessage()));
  }

  private static boolean duplicateKey(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("duplicate key")) {
        return true;
      }
    }
    return false;
  }
}
