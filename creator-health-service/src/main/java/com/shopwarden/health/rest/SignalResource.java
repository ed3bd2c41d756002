package com.shopwarden.health.rest;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.health.api.SignalBatch;
import com.shopwarden.health.signals.SignalIntake;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Commerce counts posted by the platforms. Reading them per account is {@code GET
 * /api/v1/accounts/{id}/signals} in {@link AccountHealthResource}.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SignalResource {

  private final CurrentCaller currentCaller;
  private final SignalIntake intake;

  public SignalResource(CurrentCaller currentCaller, SignalIntake intake) {
    this.currentCaller = currentCaller;
    this.intake = intake;
  }

  /**
   * Stores a batch of counts whole or not at all. A count for a period already reported replaces
   * it, so a retried batch changes nothing.
   */
  @POST
  @Path("/signals")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SERVICE)
  public Uni<Map<String, Integer>> post(@NotNull @Valid SignalBatch batch) {
    return intake
        .storeBatch(currentCaller.get(), batch.signals())
        .map(stored -> Map.of("stored", stored));
  }
}
