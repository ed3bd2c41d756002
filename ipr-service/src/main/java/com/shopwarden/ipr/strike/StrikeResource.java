package com.shopwarden.ipr.strike;

import com.shopwarden.access.Caller;
import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.paging.Page;
import com.shopwarden.ipr.paging.PageCursor;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account's strikes: for the account itself and for staff of its market. */
@Path("/api/v1/ipr/accounts/{accountId}/strikes")
@Produces(MediaType.APPLICATION_JSON)
public class StrikeResource {

  /** One strike as shown. */
  public record StrikeView(
      UUID noticeId, Instant issuedAt, Instant expiresAt, boolean active, String removalReason) {}

  /**
   * The account's strikes, a page at a time, and how many are active in all.
   *
   * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
   */
  public record StrikeList(
      String accountId,
      String market,
      long activeStrikes,
      List<StrikeView> strikes,
      String nextCursor) {}

  private final StrikeRepository strikes;
  private final CurrentCaller caller;
  private final MarketAccess access;
  private final Clock clock;

  public StrikeResource(
      StrikeRepository strikes, CurrentCaller caller, MarketAccess access, Clock clock) {
    this.strikes = strikes;
    this.caller = caller;
    this.access = access;
    this.clock = clock;
  }

  @GET
  @WithSession
  @RolesAllowed({Roles.IPR_AGENT, Roles.INVESTIGATOR, Roles.AUDITOR, Roles.CREATOR, Roles.SELLER})
  public Uni<StrikeList> list(
      @PathParam("accountId") @Size(max = 200) String accountId,
      @QueryParam("market") @NotBlank @Size(max = 8) String market,
      @QueryParam("cursor") @Size(max = PageCursor.MAX_LENGTH) String cursor,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(StrikeRepository.PAGE) int limit) {
    Caller who = caller.get();
    String code = access.require(who, market).code().name();
    access.requireOwnAccount(who, accountId);
    PageCursor after = PageCursor.decode(cursor, 2);
    Instant now = clock.instant();
    return strikes
        .countActive(code, accountId, now)
        .chain(
            active ->
                strikes
                    .of(code, accountId, after, limit)
                    .map(
                        read -> {
                          Page<Strike> page =
                              Page.of(read, limit, s -> PageCursor.encode(s.issuedAt, s.id));
                          List<StrikeView> views =
                              page.rows().stream()
                                  .map(
                                      s ->
                                          new StrikeView(
                                              s.noticeId,
                                              s.issuedAt,
                                              s.expiresAt,
                                              s.activeAt(now),
                                              s.removalReason))
                                  .toList();
                          return new StrikeList(accountId, code, active, views, page.nextCursor());
                        }));
  }
}
