package com.shopwarden.enforcement.statement;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Reading a statement of reasons by its id. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.MODERATOR,
  Roles.SENIOR_MODERATOR,
  Roles.IPR_AGENT,
  Roles.POLICY_ADMIN,
  Roles.AUDITOR,
  Roles.SERVICE,
  Roles.CREATOR,
  Roles.SELLER
})
public class StatementResource {

  private final StatementReader reader;
  private final CurrentCaller caller;

  public StatementResource(StatementReader reader, CurrentCaller caller) {
    this.reader = reader;
    this.caller = caller;
  }

  @GET
  @Path("/{id}")
  @WithSession
  public Uni<StatementView> byId(@PathParam("id") UUID id) {
    return reader.byId(id, caller.get());
  }
}
