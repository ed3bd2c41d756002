package com.shopwarden.ipr.holder;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.history.HistoryPage;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.holder.RightsHolderApi.DocumentRecord;
import com.shopwarden.ipr.holder.RightsHolderApi.OrganisationView;
import com.shopwarden.ipr.holder.RightsHolderApi.Registration;
import com.shopwarden.ipr.holder.RightsHolderApi.TrustChange;
import com.shopwarden.ipr.holder.RightsHolderApi.VerificationDecision;
import com.shopwarden.ipr.paging.PageCursor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Rights-holder organisations: registration, verification documents, trust and history. */
@Path("/api/v1/ipr")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RightsHolderResource {

  private final RightsHolderService service;
  private final CurrentCaller caller;

  public RightsHolderResource(RightsHolderService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @POST
  @Path("/organisations")
  @ResponseStatus(201)
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<OrganisationView> register(@Valid @NotNull Registration request) {
    return service.register(caller.get(), request);
  }

  @GET
  @Path("/organisations/{id}")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<OrganisationView> get(@PathParam("id") @Size(max = 64) String id) {
    return service.get(caller.get(), id);
  }

  @POST
  @Path("/organisations/{id}/documents")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<OrganisationView> recordDocument(
      @PathParam("id") @Size(max = 64) String id, @Valid @NotNull DocumentRecord request) {
    return service.recordDocument(caller.get(), id, request);
  }

  @POST
  @Path("/organisations/{id}/verification")
  @RolesAllowed(Roles.IPR_AGENT)
  public Uni<OrganisationView> verify(
      @PathParam("id") @Size(max = 64) String id, @Valid @NotNull VerificationDecision request) {
    return service.decideVerification(caller.get(), id, request);
  }

  @PUT
  @Path("/organisations/{id}/trust")
  @RolesAllowed(Roles.IPR_AGENT)
  public Uni<OrganisationView> trust(
      @PathParam("id") @Size(max = 64) String id, @Valid @NotNull TrustChange request) {
    return service.changeTrust(caller.get(), id, request);
  }

  @GET
  @Path("/organisations/{id}/history")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<HistoryPage> history(
      @PathParam("id") @Size(max = 64) String id,
      @QueryParam("cursor") @Size(max = PageCursor.MAX_LENGTH) String cursor,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(HistoryRepository.PAGE) int limit) {
    return service.history(caller.get(), id, cursor, limit);
  }
}
