package com.shopwarden.moderation.intake;

import com.shopwarden.access.Caller;
import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.market.Market;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.text.ScreeningLanguages;
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
import java.util.Arrays;
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

  public ContentResource(
      IntakeService intake,
      ContentQueryService queries,
      CurrentCaller caller,
      MarketAccess access) {
    this.intake = intake;
    this.queries = queries;
    this.caller = caller;
    this.access = access;
  }

  /** Screens an item: 201 with the decision, or 200 with the stored one for a repeat. */
  @POST
  @RolesAllowed(Roles.SERVICE)
  public Uni<Response> submit(@NotNull @Valid ContentRequest request) {
    Market market = access.require(caller.get(), request.market());
    check(request);
    return intake
        .submit(request, market)
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
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
