package com.shopwarden.moderation.lifecycle;

import com.shopwarden.access.CurrentCaller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.moderation.screening.MarketPolicyCache;
import com.shopwarden.moderation.strategy.StageChanges;
import com.shopwarden.moderation.strategy.StrategyRepository;
import com.shopwarden.moderation.strategy.StrategyService;
import com.shopwarden.moderation.strategy.StrategyView;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The lifecycle of a market's strategy: transitions, rollback and backtests (policy admins of the
 * market), its versions and transition history (also moderators, senior moderators and auditors).
 */
@Path("/api/v1/markets/{market}/strategies/{name}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LifecycleResource {

  private static final String NAME = "[a-z0-9][a-z0-9-]{0,63}";

  private final StrategyLifecycle lifecycle;
  private final StrategyService strategies;
  private final StrategyRepository repository;
  private final StageChanges stages;
  private final MarketPolicyCache cache;
  private final Backtest backtest;
  private final CurrentCaller caller;
  private final MarketAccess access;

  public LifecycleResource(
      StrategyLifecycle lifecycle,
      StrategyService strategies,
      StrategyRepository repository,
      StageChanges stages,
      MarketPolicyCache cache,
      Backtest backtest,
      CurrentCaller caller,
      MarketAccess access) {
    this.backtest = backtest;
    this.lifecycle = lifecycle;
    this.strategies = strategies;
    this.repository = repository;
    this.stages = stages;
    this.cache = cache;
    this.caller = caller;
    this.access = access;
  }

  /** Moves a version one lifecycle step; a skip is a 409 naming the allowed targets. */
  @POST
  @Path("/transitions")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<StrategyView> transition(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @NotNull @Valid TransitionRequest request) {
    String code = market(market);
    return lifecycle
        .transition(code, name, request, caller.get().subject())
        .call(() -> cache.invalidate(code));
  }

  /** The strategy's stage history, oldest first. */
  @GET
  @Path("/transitions")
  @RolesAllowed({Roles.POLICY_ADMIN, Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.AUDITOR})
  @WithSession
  public Uni<List<TransitionView>> history(
      @PathParam("market") String market, @PathParam("name") @Pattern(regexp = NAME) String name) {
    String code = market(market);
    return repository
        .byName(code, name)
        .flatMap(
            s -> {
              if (s == null) {
                throw ProblemException.notFound("no strategy " + name + " in " + code);
              }
              return stages.historyOf(s.id);
            })
        .map(rows -> rows.stream().map(TransitionView::of).toList());
  }

  /** Every version of the strategy with its stage (emergency rules flagged). */
  @GET
  @Path("/versions")
  @RolesAllowed({Roles.POLICY_ADMIN, Roles.MODERATOR, Roles.SENIOR_MODERATOR, Roles.AUDITOR})
  public Uni<List<StrategyView>> versions(
      @PathParam("market") String market, @PathParam("name") @Pattern(regexp = NAME) String name) {
    return strategies.versions(market(market), name);
  }

  /** Puts an earlier version back in force and publishes {@code StrategyRolledBack}. */
  @POST
  @Path("/rollback")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<StrategyView> rollback(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @NotNull @Valid RollbackRequest request) {
    String code = market(market);
    return lifecycle
        .rollback(code, name, request, caller.get().subject())
        .call(() -> cache.invalidate(code));
  }

  /** Runs a version (the latest by default) over stored items; stores nothing. */
  @POST
  @Path("/backtests")
  @RolesAllowed(Roles.POLICY_ADMIN)
  public Uni<BacktestReport> backtest(
      @PathParam("market") String market,
      @PathParam("name") @Pattern(regexp = NAME) String name,
      @NotNull @Valid BacktestRequest request) {
    return backtest.run(market(market), name, request);
  }

  private String market(String market) {
    return access.require(caller.get(), market).code().name();
  }
}
