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

/** The statement of reasons of one measure. */
@Path("/api/v1/measures/{measureId}/statement")
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
public class MeasureStatementResource {

  private final StatementReader reader;
  private final CurrentCaller caller;

  public MeasureStatementResource(StatementReader reader, CurrentCaller caller) {
    this.reader = reader;
    this.caller = caller;
  }

  @GET
  @WithSession
  public Uni<StatementView> byMeasure(@PathParam("measureId") UUID measureId) {
    return reader.byMeasure(measureId, caller.get());
  }
}
