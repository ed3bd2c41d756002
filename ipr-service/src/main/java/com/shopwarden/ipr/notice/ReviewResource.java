package com.shopwarden.ipr.notice;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.notice.NoticeApi.Claim;
import com.shopwarden.ipr.notice.NoticeApi.Decision;
import com.shopwarden.ipr.notice.NoticeApi.NoticeList;
import com.shopwarden.ipr.notice.NoticeApi.NoticeView;
import com.shopwarden.ipr.paging.PageCursor;
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
import java.util.UUID;

/** The ipr-agents' review queue and decisions. */
@Path("/api/v1/ipr")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

  private final ReviewService review;
  private final CurrentCaller caller;

  public ReviewResource(ReviewService review, CurrentCaller caller) {
    this.review = review;
    this.caller = caller;
  }

  @GET
  @Path("/review-queue")
  @RolesAllowed({Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<NoticeList> queue(
      @QueryParam("market") @NotBlank @Size(max = 8) String market,
      @QueryParam("cursor") @Size(max = PageCursor.MAX_LENGTH) String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(NoticeRepository.PAGE) int limit) {
    return review.queue(caller.get(), market, cursor, limit);
  }

  /** Claims the next notice; 204 when the queue is empty. */
  @POST
  @Path("/review-queue/claims")
  @RolesAllowed(Roles.IPR_AGENT)
  public Uni<NoticeView> claim(@Valid @NotNull Claim request) {
    return review.claimNext(caller.get(), request.market());
  }

  @POST
  @Path("/notices/{id}/claim")
  @RolesAllowed(Roles.IPR_AGENT)
  public Uni<NoticeView> claimOne(@PathParam("id") UUID id) {
    return review.claim(caller.get(), id);
  }

  @POST
  @Path("/notices/{id}/release")
  @RolesAllowed(Roles.IPR_AGENT)
  public Uni<NoticeView> release(@PathParam("id") UUID id) {
    return review.release(caller.get(), id);
  }

  @POST
  @Path("/notices/{id}/decision")
  @RolesAllowed(Roles.IPR_AGENT)
  public Uni<NoticeView> decide(@PathParam("id") UUID id, @Valid @NotNull Decision request) {
    return review.decide(caller.get(), id, request);
  }
}
