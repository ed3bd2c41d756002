package com.shopwarden.ipr.authorisation;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.authorisation.AuthorisationApi.AuthorisationList;
import com.shopwarden.ipr.authorisation.AuthorisationApi.AuthorisationView;
import com.shopwarden.ipr.authorisation.AuthorisationApi.Grant;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Brand authorisations: which accounts an organisation allows to use its marks. */
@Path("/api/v1/ipr/organisations/{organisationId}/authorisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthorisationResource {

  private final AuthorisationService service;
  private final CurrentCaller caller;

  public AuthorisationResource(AuthorisationService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @POST
  @ResponseStatus(201)
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<AuthorisationView> grant(
      @PathParam("organisationId") @Size(max = 64) String organisationId,
      @Valid @NotNull Grant request) {
    return service.grant(caller.get(), organisationId, request);
  }

  @GET
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<AuthorisationList> list(
      @PathParam("organisationId") @Size(max = 64) String organisationId,
      @QueryParam("accountId") @Size(max = 200) String accountId,
      @QueryParam("cursor") @Size(max = PageCursor.MAX_LENGTH) String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
    return service.list(caller.get(), organisationId, accountId, cursor, limit);
  }

  @POST
  @Path("/{id}/revocation")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<AuthorisationView> revoke(
      @PathParam("organisationId") @Size(max = 64) String organisationId,
      @PathParam("id") UUID id) {
    return service.revoke(caller.get(), organisationId, id);
  }
}
