package com.shopwarden.enforcement.measure;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** Platforms confirm execution of measures ("actions"); staff see the failures. */
@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionResource {

  private final ExecutionService executions;
  private final CurrentCaller caller;
  private final MarketAccess access;

  public ExecutionResource(ExecutionService executions, CurrentCaller caller, MarketAccess access) {
    this.executions = executions;
    this.caller = caller;
    this.access = access;
  }

  @POST
  @Path("/{id}/execution")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SERVICE)
  public Uni<MeasureView> report(@PathParam("id") UUID id, @Valid @NotNull ExecutionReport report) {
    return executions.report(id, caller.get(), report);
  }

  @GET
  @Path("/failed-executions")
  @RolesAllowed({Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.SRE, Roles.SERVICE, Roles.AUDITOR})
  public Uni<List<MeasureView>> failed(
      @QueryParam("market") @NotBlank @Size(max = 2) String market,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return executions.failed(access.require(caller.get(), market).code().name(), limit);
  }
}
