package com.shopwarden.moderation.quality;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.moderation.quality.QualityViews.MarketQuality;
import com.shopwarden.moderation.quality.QualityViews.Report;
import com.shopwarden.moderation.quality.QualityViews.SourceQuality;
import com.shopwarden.moderation.quality.QualityViews.StrategyQuality;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/**
 * Quality figures of a market over a window ({@code from}, {@code to}: ISO-8601 instants, default
 * the last 30 days): for policy admins, senior moderators and auditors of the market.
 */
@Path("/api/v1/markets/{market}/quality")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.POLICY_ADMIN, Roles.SENIOR_MODERATOR, Roles.AUDITOR})
public class QualityResource {

  private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]{0,99}";

  private final QualityService quality;
  private final CurrentCaller caller;
  private final MarketAccess access;
  private final Clock clock;

  public QualityResource(
      QualityService quality, CurrentCaller caller, MarketAccess access, Clock clock) {
    this.quality = quality;
    this.caller = caller;
    this.access = access;
    this.clock = clock;
  }

  @GET
  public Uni<MarketQuality> market(
      @PathParam("market") String market,
      @QueryParam("from") @Size(max = 40) String from,
      @QueryParam("to") @Size(max = 40) String to) {
    return quality.market(code(market), QualityWindow.of(from, to, clock));
  }

  @GET
  @Path("/strategies")
  public Uni<Report<StrategyQuality>> strategies(
      @PathParam("market") String market,
      @QueryParam("from") @Size(max = 40) String from,
      @QueryParam("to") @Size(max = 40) String to) {
    return quality.strategies(code(market), null, QualityWindow.of(from, to, clock));
  }

  /** The versions of one strategy, by name. */
  @GET
  @Path("/strategies/{name}")
  public Uni<Report<StrategyQuality>> strategy(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @QueryParam("from") @Size(max = 40) String from,
      @QueryParam("to") @Size(max = 40) String to) {
    return quality.strategies(code(market), name, QualityWindow.of(from, to, clock));
  }

  @GET
  @Path("/term-lists")
  public Uni<Report<SourceQuality>> termLists(
      @PathParam("market") String market,
      @QueryParam("from") @Size(max = 40) String from,
      @QueryParam("to") @Size(max = 40) String to) {
    return sources(market, SignalHitEntity.TERM_LIST, null, from, to);
  }

  @GET
  @Path("/term-lists/{name}")
  public Uni<Report<SourceQuality>> termList(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @QueryParam("from") @Size(max = 40) String from,
      @QueryParam("to") @Size(max = 40) String to) {
    return sources(market, SignalHitEntity.TERM_LIST, name, from, to);
  }

  @GET
  @Path("/hash-banks")
  public Uni<Report<SourceQuality>> hashBanks(
      @PathParam("market") String market,
      @QueryParam("from") @Size(max = 40) String from,
      @QueryParam("to") @Size(max = 40) String to) {
    return sources(market, SignalHitEntity.HASH_BANK, null, from, to);
  }

  @GET
  @Path("/hash-banks/{name}")
  public Uni<Report<SourceQuality>> hashBank(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @QueryParam("from") @Size(max = 40) String from,
      @QueryParam("to") @Size(max = 40) String to) {
    return sources(market, SignalHitEntity.HASH_BANK, name, from, to);
  }

  private Uni<Report<SourceQuality>> sources(
      String market, String source, String name, String from, String to) {
    return quality.sources(code(market), source, name, QualityWindow.of(from, to, clock));
  }

  private String code(String market) {
    return access.require(caller.get(), market).code().name();
  }
}
