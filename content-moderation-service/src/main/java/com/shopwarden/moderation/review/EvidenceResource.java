package com.shopwarden.moderation.review;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * Frozen evidence by id: what screening and the moderator saw. Enforcement and appeals reference it
 * by the id carried on {@code ViolationConfirmed}.
 */
@Path("/api/v1/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

  private final EvidenceSnapshots evidence;
  private final CurrentCaller caller;

  public EvidenceResource(EvidenceSnapshots evidence, CurrentCaller caller) {
    this.evidence = evidence;
    this.caller = caller;
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.MODERATOR,
    Roles.SENIOR_MODERATOR,
    Roles.INVESTIGATOR,
    Roles.AUDITOR,
    Roles.SERVICE
  })
  public Uni<EvidenceView> get(@PathParam("id") UUID id) {
    return evidence.get(caller.get(), id);
  }
}
