package com.shopwarden.ipr.notice;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.history.HistoryPage;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.notice.NoticeApi.ContactView;
import com.shopwarden.ipr.notice.NoticeApi.Contest;
import com.shopwarden.ipr.notice.NoticeApi.CourtAction;
import com.shopwarden.ipr.notice.NoticeApi.Filing;
import com.shopwarden.ipr.notice.NoticeApi.NoticeList;
import com.shopwarden.ipr.notice.NoticeApi.NoticeView;
import com.shopwarden.ipr.notice.NoticeApi.Supplement;
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
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/** Filing, reading, completing and retracting notices; court-action reports. */
@Path("/api/v1/ipr")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeResource {

  /** Marks an answer repeated for an Idempotency-Key instead of a new filing. */
  static final String REPLAYED = "Idempotent-Replayed";

  private final NoticeFilingService filing;
  private final IdempotentFiling idempotentFiling;
  private final NoticeService notices;
  private final CurrentCaller caller;

  public NoticeResource(
      NoticeFilingService filing,
      IdempotentFiling idempotentFiling,
      NoticeService notices,
      CurrentCaller caller) {
    this.filing = filing;
    this.idempotentFiling = idempotentFiling;
    this.notices = notices;
    this.caller = caller;
  }

  /**
   * Files a notice. With an {@code Idempotency-Key} header, a repeat of the same request gets the
   * first answer again (marked {@code Idempotent-Replayed: true}) and files nothing.
   */
  @POST
  @Path("/notices")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  @APIResponse(
      responseCode = "201",
      description = "the notice as filed (or, for a repeated Idempotency-Key, as first answered)",
      content = @Content(schema = @Schema(implementation = NoticeView.class)))
  public Uni<RestResponse<String>> file(
      @HeaderParam(IdempotentFiling.HEADER) String idempotencyKey, @Valid @NotNull Filing request) {
    return idempotentFiling
        .file(caller.get(), request, idempotencyKey)
        .map(
            answer -> {
              ResponseBuilder<String> created =
                  ResponseBuilder.<String>create(RestResponse.Status.CREATED, answer.body())
                      .type(MediaType.APPLICATION_JSON_TYPE);
              if (answer.replayed()) {
                created.header(REPLAYED, "true");
              }
              return created.build();
            });
  }

  @GET
  @Path("/notices/{id}")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<NoticeView> get(@PathParam("id") UUID id) {
    return notices.get(caller.get(), id);
  }

  @GET
  @Path("/organisations/{organisationId}/notices")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<NoticeList> ofOrganisation(
      @PathParam("organisationId") @Size(max = 64) String organisationId,
      @QueryParam("cursor") @Size(max = PageCursor.MAX_LENGTH) String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(NoticeRepository.PAGE) int limit) {
    return notices.ofOrganisation(caller.get(), organisationId, cursor, limit);
  }

  @GET
  @Path("/notices/{id}/history")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<HistoryPage> history(
      @PathParam("id") UUID id,
      @QueryParam("cursor") @Size(max = PageCursor.MAX_LENGTH) String cursor,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(HistoryRepository.PAGE) int limit) {
    return notices.history(caller.get(), id, cursor, limit);
  }

  /** The notifier's contact: for the messaging platform (service) and the handling agents. */
  @GET
  @Path("/notices/{id}/contact")
  @RolesAllowed({Roles.SERVICE, Roles.IPR_AGENT})
  public Uni<ContactView> contact(@PathParam("id") UUID id) {
    return notices.contact(caller.get(), id);
  }

  @POST
  @Path("/notices/{id}/supplement")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<NoticeView> supplement(@PathParam("id") UUID id, @Valid @NotNull Supplement request) {
    return filing.supplement(caller.get(), id, request);
  }

  @POST
  @Path("/notices/{id}/retraction")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<NoticeView> retract(@PathParam("id") UUID id) {
    return notices.retract(caller.get(), id);
  }

  @POST
  @Path("/notices/{id}/contest")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<NoticeView> contest(@PathParam("id") UUID id, @Valid @NotNull Contest request) {
    return notices.contest(caller.get(), id, request.reason());
  }

  @POST
  @Path("/notices/{id}/court-action")
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<NoticeView> courtAction(
      @PathParam("id") UUID id, @Valid @NotNull CourtAction request) {
    return notices.reportCourtAction(caller.get(), id, request);
  }
}
