package com.shopwarden.moderation.termlist;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.moderation.screening.MarketPolicyCache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.function.Supplier;

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
  private final TermImportService imports;
  private final MarketPolicyCache cache;
  private final CurrentCaller caller;
  private final MarketAccess access;
  private final Vertx vertx;

  public TermListResource(
      TermListService service,
      TermImportService imports,
      MarketPolicyCache cache,
      CurrentCaller caller,
      MarketAccess access,
      Vertx vertx) {
    this.vertx = vertx;
    this.service = service;
    this.imports = imports;
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

  /**
   * Bulk import from CSV ({@code term,mode,severity[,languages]} with that header): all rows or
   * none. {@code replace=true} makes the list hold exactly the imported entries (plus terms from
   * rights holders' assets); otherwise they are appended. {@code reason} is recorded with the
   * change.
   */
  @POST
  @Path("/{name}/terms:import")
  @Consumes("text/csv")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<TermImportResult> importCsv(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @QueryParam("replace") @DefaultValue("false") boolean replace,
      @QueryParam("reason") @NotBlank @Size(max = 500) String reason,
      String csv) {
    String code = market(market);
    return importChecked(code, name, () -> TermImport.fromCsv(csv), replace, reason);
  }

  /** Bulk import from a JSON array of entries shaped like those of {@code GET /{name}}. */
  @POST
  @Path("/{name}/terms:import")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<TermImportResult> importJson(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @QueryParam("replace") @DefaultValue("false") boolean replace,
      @QueryParam("reason") @NotBlank @Size(max = 500) String reason,
      List<TermListRequests.ImportRow> rows) {
    String code = market(market);
    return importChecked(code, name, () -> TermImport.fromJson(rows), replace, reason);
  }

  private Uni<TermImportResult> importChecked(
      String market, String name, Supplier<TermImport> parse, boolean replace, String reason) {
    // Parsing and checking 50,000 rows is CPU work: off the event loop, before the transaction.
    String who = caller.get().subject();
    return vertx
        .executeBlocking(Uni.createFrom().item(parse))
        .flatMap(rows -> imports.importEntries(market, name, rows, replace, reason.strip(), who))
        .call(() -> cache.invalidate(market));
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
