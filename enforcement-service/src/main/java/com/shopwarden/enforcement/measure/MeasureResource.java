package com.shopwarden.enforcement.measure;

import com.shopwarden.access.Caller;
import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** Reading measures: staff within their markets, account holders their own. */
@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.MODERATOR,
  Roles.SENIOR_MODERATOR,
  Roles.IPR_AGENT,
  Roles.INVESTIGATOR,
  Roles.AUDITOR,
  Roles.SERVICE,
  Roles.CREATOR,
  Roles.SELLER
})
public class MeasureResource {

  private final MeasureRepository measures;
  private final CurrentCaller caller;
  private final MarketAccess access;

  public MeasureResource(MeasureRepository measures, CurrentCaller caller, MarketAccess access) {
    this.measures = measures;
    this.caller = caller;
    this.access = access;
  }

  @GET
  @Path("/{id}")
  @WithSession
  public Uni<MeasureView> get(@PathParam("id") UUID id) {
    Caller who = caller.get();
    return measures
        .findById(id)
        .map(
            m -> {
              if (m == null) {
                throw ProblemException.notFound("no measure " + id);
              }
              access.require(who, m.market);
              access.requireOwnAccount(who, m.accountId);
              return MeasureView.of(m);
            });
  }

  /** The newest measures of one account in one market. */
  @GET
  @WithSession
  public Uni<List<MeasureView>> ofAccount(
      @QueryParam("market") @NotBlank @Size(max = 2) String market,
      @QueryParam("accountId") @NotBlank @Size(max = 200) String accountId,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Caller who = caller.get();
    String code = access.require(who, market).code().name();
    access.requireOwnAccount(who, accountId);
    return measures
        .ofAccount(code, accountId, limit)
        .map(list -> list.stream().map(MeasureView::of).toList());
  }
}
