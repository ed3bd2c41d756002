package com.shopwarden.enforcement.appeal;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Appeals: reading, the review queue, claims and decisions. */
@Path("/api/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

  private final AppealService appeals;
  private final AppealReviewService reviews;
  private final CurrentCaller caller;
  private final MarketAccess access;

  public AppealResource(
      AppealService appeals,
      AppealReviewService reviews,
      CurrentCaller caller,
      MarketAccess access) {
    this.appeals = appeals;
    this.reviews = reviews;
    this.caller = caller;
    this.access = access;
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.CREATOR,
    Roles.SELLER,
    Roles.MODERATOR,
    Roles.SENIOR_MODERATOR,
    Roles.IPR_AGENT,
    Roles.AUDITOR,
    Roles.SERVICE
  })
  public Uni<AppealView> get(@PathParam("id") UUID id) {
    return appeals.get(id, caller.get());
  }

  /** Pending appeals of a market the reviewer may decide, most urgent first. */
  @GET
  @RolesAllowed({Roles.SENIOR_MODERATOR, Roles.IPR_AGENT})
  public Uni<List<AppealView>> queue(
      @QueryParam("market") @NotBlank @Size(max = 2) String market,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return reviews.queue(access.require(caller.get(), market), caller.get(), limit);
  }

  /** Claims the most urgent unclaimed appeal; 204 when the queue is empty. */
  @POST
  @Path("/claims")
  @RolesAllowed({Roles.SENIOR_MODERATOR, Roles.IPR_AGENT})
  public Uni<Response> claim(@QueryParam("market") @NotBlank @Size(max = 2) String market) {
    return reviews
        .claim(access.require(caller.get(), market), caller.get())
        .map(view -> view == null ? Response.noContent().build() : Response.ok(view).build());
  }

  /** Claims one appeal from the queue. */
  @POST
  @Path("/{id}/claim")
  @RolesAllowed({Roles.SENIOR_MODERATOR, Roles.IPR_AGENT})
  public Uni<AppealView> claimOne(@PathParam("id") UUID id) {
    return reviews.claim(id, caller.get());
  }

  /** Decides a claimed appeal: senior moderators any, ipr-agents those about IP violations. */
  @POST
  @Path("/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.SENIOR_MODERATOR, Roles.IPR_AGENT})
  public Uni<AppealView> decide(
      @PathParam("id") UUID id, @Valid @NotNull AppealDecisionRequest request) {
    return reviews.decide(id, caller.get(), request.outcome(), request.reason());
  }
}
