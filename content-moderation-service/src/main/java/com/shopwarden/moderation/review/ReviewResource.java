package com.shopwarden.moderation.review;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.Roles;
import com.shopwarden.problem.ProblemException;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Review queues for moderators: queue figures, task listings, claims under a lease, decisions
 * (single and bulk) and QA agreement. Moderators and senior moderators work in their markets;
 * escalation and QA queues are for senior moderators; policy admins read queues.
 */
@Path("/api/v1/review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  /** Longest QA agreement window. */
  static final Duration MAX_WINDOW = Duration.ofDays(366);

  private final ReviewQueues queues;
  private final ReviewDecisions decisions;
  private final BulkDecisions bulk;
  private final QaAgreement agreement;
  private final CurrentCaller caller;
  private final Clock clock;

  public ReviewResource(
      ReviewQueues queues,
      ReviewDecisions decisions,
      BulkDecisions bulk,
      QaAgreement agreement,
      CurrentCaller caller,
      Clock clock) {
    this.queues = queues;
    this.decisions = decisions;
    this.bulk = bulk;
    this.agreement = agreement;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @Path("/queues")
  @RolesAllowed({Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.POLICY_ADMIN})
  public Uni<ReviewApi.QueueList> queues(
      @QueryParam("market") @NotBlank @Size(max = 8) String market) {
    return queues.queues(caller.get(), market);
  }

  /** Undecided tasks, earliest deadline first; {@code cursor} is the previous page's. */
  @GET
  @Path("/queues/{id}/tasks")
  @RolesAllowed({Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.POLICY_ADMIN})
  public Uni<ReviewApi.TaskPage> tasks(
      @PathParam("id") @Size(max = 64) String id,
      @QueryParam("cursor") @Size(max = 40) String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return queues.tasks(caller.get(), id, cursor, limit);
  }

  /** The next task by priority under a lease; 204 when none waits. */
  @POST
  @Path("/queues/{id}/claim")
  @RolesAllowed({Roles.MODERATOR, Roles.SENIOR_MODERATOR})
  public Uni<Response> claim(@PathParam("id") @Size(max = 64) String id) {
    return queues
        .claim(caller.get(), id)
        .map(task -> task == null ? Response.noContent().build() : Response.ok(task).build());
  }

  @GET
  @Path("/tasks/{id}")
  @RolesAllowed({Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.POLICY_ADMIN})
  public Uni<ReviewApi.TaskView> task(@PathParam("id") UUID id) {
    return queues.task(caller.get(), id);
  }

  @POST
  @Path("/tasks/{id}/release")
  @RolesAllowed({Roles.MODERATOR, Roles.SENIOR_MODERATOR})
  public Uni<ReviewApi.TaskView> release(@PathParam("id") UUID id) {
    return queues.release(caller.get(), id);
  }

  @POST
  @Path("/tasks/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MODERATOR, Roles.SENIOR_MODERATOR})
  public Uni<ReviewApi.DecisionResult> decide(
      @PathParam("id") UUID id, @NotNull @Valid ReviewApi.DecisionRequest request) {
    return decisions.decide(caller.get(), id, request);
  }

  /** Undecided screening tasks showing the same content (same texts or a common PDQ hash). */
  @GET
  @Path("/tasks/{id}/identical")
  @RolesAllowed({Roles.MODERATOR, Roles.SENIOR_MODERATOR})
  public Uni<ReviewApi.IdenticalTasks> identical(@PathParam("id") UUID id) {
    return bulk.preview(caller.get(), id);
  }

  @POST
  @Path("/tasks/{id}/identical/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MODERATOR, Roles.SENIOR_MODERATOR})
  public Uni<ReviewApi.BulkResult> decideIdentical(
      @PathParam("id") UUID id, @NotNull @Valid ReviewApi.BulkDecisionRequest request) {
    return bulk.apply(caller.get(), id, request);
  }

  /** QA agreement over {@code [from, to)}; by default the 30 days up to now. */
  @GET
  @Path("/qa/agreement")
  @RolesAllowed({Roles.SENIOR_MODERATOR, Roles.POLICY_ADMIN, Roles.AUDITOR})
  public Uni<QaAgreement.Report> agreement(
      @QueryParam("market") @NotBlank @Size(max = 8) String market,
      @QueryParam("from") @Size(max = 40) String from,
      @QueryParam("to") @Size(max = 40) String to) {
    Instant end = to == null ? clock.instant() : instant("to", to);
    Instant start = from == null ? end.minus(Duration.ofDays(30)) : instant("from", from);
    if (!start.isBefore(end)) {
      throw ProblemException.invalidField("from", "must be before to");
    }
    if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
      throw ProblemException.invalidField("from", "the window is at most 366 days");
    }
    return agreement.report(caller.get(), market, start, end);
  }

  private static Instant instant(String field, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(field, "must be an instant such as 2026-03-01T00:00:00Z");
    }
  }
}
