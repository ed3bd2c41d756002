package com.shopwarden.ipr.asset;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.asset.AssetApi.AssetList;
import com.shopwarden.ipr.asset.AssetApi.AssetView;
import com.shopwarden.ipr.asset.AssetApi.Decision;
import com.shopwarden.ipr.asset.AssetApi.Registration;
import com.shopwarden.ipr.attachment.EvidenceFormat;
import com.shopwarden.ipr.config.IprConfig;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Trademarks, copyrights, patents and designs of rights-holder organisations. */
@Path("/api/v1/ipr")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetResource {

  private final AssetService service;
  private final LogoHashing logos;
  private final IprConfig config;
  private final CurrentCaller caller;

  public AssetResource(
      AssetService service, LogoHashing logos, IprConfig config, CurrentCaller caller) {
    this.service = service;
    this.logos = logos;
    this.config = config;
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
  public Uni<AssetList> list(
      @PathParam("organisationId") @Size(max = 64) String organisationId,
      @QueryParam("cursor") @Size(max = PageCursor.MAX_LENGTH) String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ProtectionAssetRepository.PAGE)
          int limit) {
    return service.list(caller.get(), organisationId, cursor, limit);
  }

  /**
   * A logo image (PNG or JPEG) of a PENDING asset: hashed here with PDQ, its hash and quality added
   * to the asset's hashes. The image itself is not kept.
   */
  @POST
  @Path("/assets/{id}/logo")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<AssetView> logo(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] image) {
    EvidenceFormat format =
        EvidenceFormat.declared(contentType, List.of(EvidenceFormat.PNG, EvidenceFormat.JPEG));
    format.check(image, config.attachmentMaxBytes());
    return logos.hash(image).chain(digest -> service.addLogoHash(caller.get(), id, digest));
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
