package com.shopwarden.moderation.hashbank;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.moderation.screening.MarketPolicyCache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * Hash banks of a market: policy admins of the market create and change them (effective for the
 * next screened item in every replica, no restart) and read them; auditors read them.
 */
@Path("/api/v1/markets/{market}/hash-banks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HashBankResource {

  private final HashBankService service;
  private final HashBankSettings settings;
  private final MarketPolicyCache cache;
  private final CurrentCaller caller;
  private final MarketAccess access;

  public HashBankResource(
      HashBankService service,
      HashBankSettings settings,
      MarketPolicyCache cache,
      CurrentCaller caller,
      MarketAccess access) {
    this.service = service;
    this.settings = settings;
    this.cache = cache;
    this.caller = caller;
    this.access = access;
  }

  @POST
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<Response> create(
      @PathParam("market") String market, @NotNull @Valid HashBankRequests.NewBank request) {
    String code = market(market);
    return service
        .create(code, request, caller.get().subject())
        .call(() -> cache.invalidate(code))
        .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
  }

  /**
   * Changes the bank's {@code maxDistance}, {@code minQuality} or {@code description}; {@code
   * negative} and {@code kind} cannot change (409 naming the field).
   */
  @PATCH
  @Path("/{name}")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<HashBankView> change(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = HashBankRequests.NAME) String name,
      @NotNull @Valid HashBankRequests.BankSettings request) {
    String code = market(market);
    return settings
        .change(code, name, request, caller.get().subject())
        .call(() -> cache.invalidate(code));
  }

  /** Retires the bank: it stops matching and is kept, with its entries, for audit. */
  @DELETE
  @Path("/{name}")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<HashBankView> retire(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = HashBankRequests.NAME) String name) {
    String code = market(market);
    return settings.retire(code, name, caller.get().subject()).call(() -> cache.invalidate(code));
  }

  /** The bank's entries, oldest first; {@code after} is the previous page's {@code nextCursor}. */
  @GET
  @Path("/{name}/entries")
  @RolesAllowed({Roles.POLICY_ADMIN, Roles.AUDITOR})
  public Uni<HashBankView.EntryPage> entries(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = HashBankRequests.NAME) String name,
      @QueryParam("after") @Size(max = 200) String after,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(HashBankService.MAX_PAGE) int limit) {
    return service.entries(market(market), name, after, limit);
  }

  @POST
  @Path("/{name}/entries")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<HashBankView> addEntry(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = HashBankRequests.NAME) String name,
      @NotNull @Valid HashBankRequests.NewEntry request) {
    String code = market(market);
    return service
        .addEntry(code, name, request, caller.get().subject())
        .call(() -> cache.invalidate(code));
  }

  /** Bulk load: a {@code text/csv} body of {@code hash,quality,label} lines, all or nothing. */
  @POST
  @Path("/{name}/entries/csv")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<HashBankView> load(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = HashBankRequests.NAME) String name,
      @Size(max = 1_000_000) String csv) {
    String code = market(market);
    return service.load(code, name, csv, caller.get().subject()).call(() -> cache.invalidate(code));
  }

  @DELETE
  @Path("/{name}/entries/{entryId}")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<HashBankView> removeEntry(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = HashBankRequests.NAME) String name,
      @PathParam("entryId") UUID entryId) {
    String code = market(market);
    return service
        .removeEntry(code, name, entryId, caller.get().subject())
        .call(() -> cache.invalidate(code));
  }

  @GET
  @RolesAllowed({Roles.POLICY_ADMIN, Roles.AUDITOR})
  public Uni<List<HashBankView>> list(@PathParam("market") String market) {
    return service.list(market(market));
  }

  @GET
  @Path("/{name}")
  @RolesAllowed({Roles.POLICY_ADMIN, Roles.AUDITOR})
  public Uni<HashBankView> get(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = HashBankRequests.NAME) String name) {
    return service.get(market(market), name);
  }

  private String market(String market) {
    return access.require(caller.get(), market).code().name();
  }
}
