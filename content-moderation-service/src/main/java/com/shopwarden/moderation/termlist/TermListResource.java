package com.shopwarden.moderation.termlist;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.moderation.screening.MarketPolicyCache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * Term lists of a market: policy admins change them (effective for the next screened item, no
 * restart), moderators and auditors read them.
 */
@Path("/api/v1/markets/{market}/term-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermListResource {

  private static final String NAME = "[a-z0-9][a-z0-9-]{0,63}";

  private final TermListService service;
  private final MarketPolicyCache cache;
  private final CurrentCaller caller;
  private final MarketAccess access;

  public TermListResource(
      TermListService service, MarketPolicyCache cache, CurrentCaller caller, MarketAccess access) {
    this.service = service;
    this.cache = cache;
    this.caller = caller;
    this.access = access;
  }

  @POST
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<Response> create(
      @PathParam("market") String market, @NotNull @Valid TermListRequests.NewList request) {
    String code = market(market);
    return service
        .create(code, request, caller.get().subject())
        .call(() -> cache.invalidate(code))
        .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
  }

  @POST
  @Path("/{name}/terms")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<TermListView> addTerm(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @NotNull @Valid TermListRequests.NewTerm request) {
    String code = market(market);
    return service
        .addTerm(code, name, request, caller.get().subject())
        .call(() -> cache.invalidate(code));
  }

  @POST
  @Path("/{name}/exceptions")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<TermListView> addException(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @NotNull @Valid TermListRequests.NewException request) {
    String code = market(market);
    return service
        .addException(code, name, request, caller.get().subject())
        .call(() -> cache.invalidate(code));
  }

  @DELETE
  @Path("/{name}/entries/{entryId}")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<TermListView> removeEntry(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @PathParam("entryId") UUID entryId) {
    String code = market(market);
    return service
        .removeEntry(code, name, entryId, caller.get().subject())
        .call(() -> cache.invalidate(code));
  }

  @GET
  @RolesAllowed({Roles.POLICY_ADMIN, Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.AUDITOR})
  public Uni<List<TermListView>> list(@PathParam("market") String market) {
    return service.list(market(market));
  }

  @GET
  @Path("/{name}")
  @RolesAllowed({Roles.POLICY_ADMIN, Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.AUDITOR})
  public Uni<TermListView> get(
      @PathParam("market") String market, @PathParam("name") @Pattern(regexp = NAME) String name) {
    return service.get(market(market), name);
  }

  private String market(String market) {
    return access.require(caller.get(), market).code().name();
  }
}
