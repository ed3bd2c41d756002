package com.shopwarden.ipr.attachment;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.attachment.AttachmentApi.AttachmentList;
import com.shopwarden.ipr.attachment.AttachmentApi.AttachmentView;
import com.shopwarden.ipr.paging.PageCursor;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * Evidence files on a notice. An upload is the raw file with its {@code Content-Type} (PDF, PNG or
 * JPEG) and a {@code name}; downloads are sent as attachments, never rendered inline.
 */
@Path("/api/v1/ipr/notices/{noticeId}/attachments")
public class AttachmentResource {

  private final AttachmentService service;
  private final CurrentCaller caller;

  public AttachmentResource(AttachmentService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @POST
  @ResponseStatus(201)
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT})
  public Uni<AttachmentView> add(
      @PathParam("noticeId") UUID noticeId,
      @QueryParam("name") @NotBlank @Size(max = 200) @Pattern(regexp = "[^/\\\\\\p{Cntrl}\"]+")
          String name,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] content) {
    return service.add(caller.get(), noticeId, name, contentType, content);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<AttachmentList> list(
      @PathParam("noticeId") UUID noticeId,
      @QueryParam("cursor") @Size(max = PageCursor.MAX_LENGTH) String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
    return service.list(caller.get(), noticeId, cursor, limit);
  }

  @GET
  @Path("/{attachmentId}/content")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Roles.RIGHTS_HOLDER, Roles.IPR_AGENT, Roles.AUDITOR})
  public Uni<Response> content(
      @PathParam("noticeId") UUID noticeId, @PathParam("attachmentId") UUID attachmentId) {
    return service
        .file(caller.get(), noticeId, attachmentId)
        .map(
            file ->
                Response.ok(file.content(), file.attachment().contentType)
                    .header("Content-Disposition", contentDisposition(file.attachment().name))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "no-store")
                    .build());
  }

  /**
   * An attachment disposition with the stored name: an ASCII fallback and the exact name in RFC
   * 8187 encoding (the name holds no quotes, slashes or control characters, see the upload).
   */
  static String contentDisposition(String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7E]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
