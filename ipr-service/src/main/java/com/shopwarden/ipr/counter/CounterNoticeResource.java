package com.shopwarden.ipr.counter;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.counter.CounterNoticeApi.CounterNoticeView;
import com.shopwarden.ipr.counter.CounterNoticeApi.Filing;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Counter-notices, filed by the creator or seller whose content a notice took down. */
@Path("/api/v1/ipr/notices/{noticeId}/counter-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CounterNoticeResource {

  private final CounterNoticeService service;
  private final CurrentCaller caller;

  public CounterNoticeResource(CounterNoticeService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @POST
  @ResponseStatus(201)
  @RolesAllowed({Roles.CREATOR, Roles.SELLER})
  public Uni<CounterNoticeView> file(
      @PathParam("noticeId") UUID noticeId, @Valid @NotNull Filing request) {
    return service.file(caller.get(), noticeId, request);
  }
}
