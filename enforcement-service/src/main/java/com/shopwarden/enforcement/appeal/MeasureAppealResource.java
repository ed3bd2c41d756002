package com.shopwarden.enforcement.appeal;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
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
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Filing an appeal against a measure. */
@Path("/api/v1/measures/{measureId}/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureAppealResource {

  private final AppealService appeals;
  private final CurrentCaller caller;

  public MeasureAppealResource(AppealService appeals, CurrentCaller caller) {
    this.appeals = appeals;
    this.caller = caller;
  }

  /** The account holder (own measures only) or staff on their behalf appeal a measure. */
  @POST
  @RolesAllowed({
    Roles.CREATOR,
    Roles.SELLER,
    Roles.MODERATOR,
    Roles.SENIOR_MODERATOR,
    Roles.IPR_AGENT,
    Roles.SERVICE
  })
  public Uni<Response> file(
      @PathParam("measureId") UUID measureId, @Valid @NotNull AppealRequest request) {
    return appeals
        .file(measureId, caller.get(), request.statement())
        .map(view -> Response.status(201).entity(view).build());
  }
}
