package com.shopwarden.health.rest;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.contracts.TimeWindow;
import com.shopwarden.contracts.health.TrendFigures;
import com.shopwarden.health.api.TrendAlertView;
import com.shopwarden.health.model.HealthPacks;
import com.shopwarden.health.trend.TrendWatch;
import com.shopwarden.market.Market;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Open trend alerts of a market, for governance strategists and investigators. */
@Path("/api/v1/trends/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class TrendAlertResource {

  private final CurrentCaller currentCaller;
  private final MarketAccess marketAccess;
  private final TrendWatch watch;
  private final HealthPacks packs;

  public TrendAlertResource(
      CurrentCaller currentCaller, MarketAccess marketAccess, TrendWatch watch, HealthPacks packs) {
    this.currentCaller = currentCaller;
    this.marketAccess = marketAccess;
    this.watch = watch;
    this.packs = packs;
  }

  /** The market's open alerts, oldest first. */
  @GET
  @WithSession
  @RolesAllowed({
    Roles.INVESTIGATOR,
    Roles.MODERATOR,
    Roles.SENIOR_MODERATOR,
    Roles.POLICY_ADMIN,
    Roles.AUDITOR
  })
  public Uni<List<TrendAlertView>> open(
      @QueryParam("market") @NotBlank @Size(max = 8) String market,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Market served = marketAccess.require(currentCaller.get(), market);
    Double zThreshold = packs.of(served.code()).trends().zThreshold();
    return watch
        .openAlerts(served.code().name(), limit)
        .map(
            alerts ->
                alerts.stream()
                    .map(
                        a ->
                            new TrendAlertView(
                                a.id,
                                a.market,
                                a.policyCode,
                                a.raisedAt,
                                new TimeWindow(a.windowStart, a.windowEnd),
                                new TrendFigures(
                                    a.observedCount,
                                    a.baselineCount,
                                    a.ratio,
                                    a.threshold,
                                    a.distinctAccounts),
                                a.zScore,
                                zThreshold))
                    .toList());
  }
}
