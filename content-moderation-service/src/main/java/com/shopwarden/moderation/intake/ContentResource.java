package com.shopwarden.moderation.intake;

import com.shopwarden.access.Caller;
import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.InvalidFieldException;
import com.shopwarden.contracts.Require;
import com.shopwarden.market.Market;
import com.shopwarden.moderation.media.ImageHashing;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.text.ScreeningLanguages;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Intake of content for screening (platforms, role {@code service}) and the stored decisions (staff
 * who work with them).
 */
@Path("/api/v1/content")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContentResource {

  private static final List<String> KINDS =
      Arrays.stream(ContentKind.values()).map(Enum::name).toList();

  private final IntakeService intake;
  private final ContentQueryService queries;
  private final CurrentCaller caller;
  private final MarketAccess access;
  private final ImageHashing hashing;
  private final Vertx vertx;

  public ContentResource(
      IntakeService intake,
      ContentQueryService queries,
      CurrentCaller caller,
      MarketAccess access,
      ImageHashing hashing,
      Vertx vertx) {
    this.intake = intake;
    this.queries = queries;
    this.caller = caller;
    this.access = access;
    this.hashing = hashing;
    this.vertx = vertx;
  }

  /** Screens an item: 201 with the decision, or 200 with the stored one for a repeat. */
  @POST
  @RolesAllowed(Roles.SERVICE)
  public Uni<Response> submit(@NotNull @Valid ContentRequest request) {
    Market market = access.require(caller.get(), request.market());
    check(request);
    return withImageHashed(request)
        .flatMap(screened -> intake.submit(screened, market))
        .onFailure(DuplicateSubmission::isDuplicateKey)
        .recoverWithUni(() -> intake.stored(request))
        .map(
            s ->
                Response.status(s.replayed() ? Response.Status.OK : Response.Status.CREATED)
                    .entity(s.decision())
                    .build());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.SERVICE,
    Roles.MODERATOR,
    Roles.SENIOR_MODERATOR,
    Roles.POLICY_ADMIN,
    Roles.AUDITOR,
    Roles.INVESTIGATOR
  })
  public Uni<ContentDecision> get(@PathParam("id") UUID id) {
    return queries.get(id, caller.get());
  }

  /** Decisions on an account's items, newest first; {@code cursor} is the previous page's. */
  @GET
  @RolesAllowed({
    Roles.SERVICE,
    Roles.MODERATOR,
    Roles.SENIOR_MODERATOR,
    Roles.POLICY_ADMIN,
    Roles.AUDITOR,
    Roles.INVESTIGATOR
  })
  public Uni<ContentQueryService.Page> ofAccount(
      @QueryParam("account") @NotBlank @Size(max = 128) String account,
      @QueryParam("cursor") @Size(max = 20) String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
    Caller c = caller.get();
    return queries.ofAccount(account, cursor, limit, c);
  }

  /** Hashes an inline image on a worker thread (CPU work), then continues on the event loop. */
  private Uni<ContentRequest> withImageHashed(ContentRequest request) {
    if (request.image() == null) {
      return Uni.createFrom().item(request);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(request.image().data().replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("image.data", "is not base64");
    }
    String type = request.image().contentType();
    return vertx
        .executeBlocking(Uni.createFrom().item(() -> hashing.hash(bytes, type)))
        .map(
            hashes ->
                request.withImageHashes(
                    hashes.dihedral().stream()
                        .map(v -> new ContentRequest.MediaHashInput(v.hash(), hashes.quality()))
                        .toList()));
  }

  private static void check(ContentRequest request) {
    if (!KINDS.contains(request.kind())) {
      throw ProblemException.invalidField("kind", "unknown kind " + request.kind())
          .with("allowed", KINDS);
    }
    if (!ScreeningLanguages.supports(request.language())) {
      throw ProblemException.invalidField("language", "unsupported language " + request.language())
          .with("allowed", List.copyOf(ScreeningLanguages.codes()));
    }
    ContentRequest.Accounts account = request.account();
    if (isBlank(account.creatorId()) && isBlank(account.sellerId())) {
      throw ProblemException.invalidField("account", "creatorId or sellerId is required");
    }
    checkEan(request);
  }

  /**
   * An EAN identifies a product, so only listings carry one; its check digit is verified by the
   * same rule {@code ViolationConfirmed} applies, so an item accepted here always yields an event.
   */
  private static void checkEan(ContentRequest request) {
    if (request.ean() == null) {
      return;
    }
    if (!ContentKind.PRODUCT_LISTING.name().equals(request.kind())) {
      throw ProblemException.invalidField("ean", "only PRODUCT_LISTING items carry an EAN");
    }
    try {
      Require.optionalEan13(request.ean(), "ean");
    } catch (InvalidFieldException e) {
      throw ProblemException.invalidField("ean", e.getMessage());
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
