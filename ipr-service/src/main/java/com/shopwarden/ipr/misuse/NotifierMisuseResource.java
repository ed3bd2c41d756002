package com.shopwarden.ipr.misuse;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.misuse.NotifierMisuse.StandingView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** A notifier organisation's standing: misuse flag, warning and suspension (DSA Art. 23). */
@Path("/api/v1/ipr")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotifierMisuseResource {

  /** A warning, with the reason the organisation is told. */
  public record Warning(@NotBlank @Size(max = 2000) String reason) {}

  /** A suspension of the notice privilege until an instant. */
  public record Suspension(@NotNull Instant until, @NotBlank @Size(max = 2000) String reason) {}

  private final NotifierMisuse misuse;
  private final CurrentCaller caller;

  public NotifierMisuseResource(NotifierMisuse misuse, CurrentCaller caller) {
    this.misuse = misuse;
    this.caller = caller;
  }

  @GET
  @Path("/organisations/{id}/standing")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<StandingView> standing(@PathParam("id") @Size(max = 64) String id) {
    return misuse.standing(caller.get(), id);
  }

  @POST
  @Path("/organisations/{id}/misuse-warning")
  @RolesAllowed(Roles.IPR_AGENT)
  public Uni<StandingView> warn(
      @PathParam("id") @Size(max = 64) String id, @Valid @NotNull Warning request) {
    return misuse.warn(caller.get(), id, request.reason());
  }

  @POST
  @Path("/organisations/{id}/suspension")
  @RolesAllowed(Roles.IPR_AGENT)
  public Uni<StandingView> suspend(
      @PathParam("id") @Size(max = 64) String id, @Valid @NotNull Suspension request) {
    return misuse.suspend(caller.get(), id, request.until(), request.reason());
  }
}
