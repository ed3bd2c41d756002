package com.shopwarden.enforcement.audit;

import com.shopwarden.access.Caller;
import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;

/** Read-only access to the audit chain for auditors; nothing here changes it. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

  private final AuditVerifier verifier;
  private final CurrentCaller caller;

  public AuditResource(AuditVerifier verifier, CurrentCaller caller) {
    this.verifier = verifier;
    this.caller = caller;
  }

  /**
   * Recomputes the chain and says whether any entry was edited or deleted, checking it against its
   * newest anchor and, when given, an anchor the auditor recorded outside the system (from the log
   * line or the metric): {@code anchorSeq} and {@code anchorHash} together.
   */
  @GET
  @Path("/verification")
  public Uni<AuditVerification> verify(
      @QueryParam("anchorSeq") @Min(1) Long anchorSeq,
      @QueryParam("anchorHash") @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 hex digits")
          String anchorHash) {
    if (anchorSeq == null && anchorHash == null) {
      return verifier.verify();
    }
    if (anchorHash == null) {
      throw ProblemException.invalidField("anchorHash", "is required with anchorSeq");
    }
    if (anchorSeq == null) {
      throw ProblemException.invalidField("anchorSeq", "is required with anchorHash");
    }
    return verifier.verify(
        new AuditVerifier.Expected(anchorSeq, anchorHash, "the anchor given by the auditor"));
  }

  /**
   * Entries after a sequence number, oldest first, limited to the auditor's markets (cursor: {@code
   * nextAfter}).
   */
  @GET
  @Path("/entries")
  @WithSession
  public Uni<AuditPage> entries(
      @QueryParam("after") @DefaultValue("0") @Min(0) long after,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
    return AuditEntry.<AuditEntry>find("seq > ?1 order by seq", after)
        .page(0, limit)
        .list()
        .map(
            list ->
                new AuditPage(
                    list.stream().filter(this::visible).map(AuditEntryView::of).toList(),
                    list.isEmpty() ? after : list.get(list.size() - 1).seq));
  }

  private boolean visible(AuditEntry entry) {
    Caller who = caller.get();
    // Policy entries name every market of their model; one covered market is enough.
    return Arrays.stream(entry.market.split(",")).anyMatch(who::coversMarket);
  }
}
