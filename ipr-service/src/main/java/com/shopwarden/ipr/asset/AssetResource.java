package com.shopwarden.ipr.asset;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.asset.AssetApi.AssetList;
import com.shopwarden.ipr.asset.AssetApi.AssetView;
import com.shopwarden.ipr.asset.AssetApi.Decision;
import com.shopwarden.ipr.asset.AssetApi.Registration;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Trademarks, copyrights, patents and designs of rights-holder organisations. */
@Path("/api/v1/ipr")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetResource {

  private final AssetService service;
  private final CurrentCaller caller;

  public AssetResource(AssetService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @POST
  @Path("/organisations/{organisationId}/assets")
  @ResponseStatus(201)
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<AssetView> register(
      @PathParam("organisationId") @Size(max = 64) String organisationId,
      @Valid @NotNull Registration request) {
    return service.register(caller.get(), organisationId, request);
  }

  @GET
  @Path("/organisations/{organisationId}/assets")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<AssetList> list(@PathParam("organisationId") @Size(max = 64) String organisationId) {
    return service.list(caller.get(), organisationId);
  }

  @GET
  @Path("/assets/{id}")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<AssetView> get(@PathParam("id") UUID id) {
    return service.get(caller.get(), id);
  }

  @POST
  @Path("/assets/{id}/verification")
  @RolesAllowed(Roles.IPR_AGENT)
  public Uni<AssetView> decide(@PathParam("id") UUID id, @Valid @NotNull Decision request) {
    return service.decide(caller.get(), id, request);
  }

  @POST
  @Path("/assets/{id}/withdrawal")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<AssetView> withdraw(@PathParam("id") UUID id) {
    return service.withdraw(caller.get(), id);
  }
}
