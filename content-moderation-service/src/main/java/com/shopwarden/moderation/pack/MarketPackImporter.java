package com.shopwarden.moderation.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.moderation.screening.MarketPolicyCache;
import com.shopwarden.moderation.strategy.StrategyRequest;
import com.shopwarden.moderation.strategy.StrategyService;
import com.shopwarden.moderation.termlist.TermListRequests;
import com.shopwarden.moderation.termlist.TermListService;
import com.shopwarden.problem.ProblemException;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Imports the shipped market packs at start-up: each list and strategy of a served market's pack
 * that does not exist yet is created through the same services as the admin API (so terms and
 * expressions are checked the same way and the history names the pack as the author).
 */
@ApplicationScoped
public class MarketPackImporter {

  private static final Logger LOG = Logger.getLogger(MarketPackImporter.class);

  private final ServedMarkets served;
  private final TermListService lists;
  private final StrategyService strategies;
  private final MarketPolicyCache cache;
  private final ObjectMapper json;
  private final boolean enabled;

  public MarketPackImporter(
      ServedMarkets served,
      TermListService lists,
      StrategyService strategies,
      MarketPolicyCache cache,
      ObjectMapper json,
      @ConfigProperty(name = "shopwarden.moderation.packs.enabled", defaultValue = "true")
          boolean enabled) {
    this.served = served;
    this.lists = lists;
    this.strategies = strategies;
    this.cache = cache;
    this.json = json;
    this.enabled = enabled;
  }

  void onStart(@Observes StartupEvent start) throws Throwable {
    if (!enabled) {
      return;
    }
    for (MarketCode code : served.codes()) {
      String resource = "markets/" + code.name() + "/moderation.json";
      MarketPack pack = read(resource);
      if (pack != null) {
        int created =
            VertxContextSupport.subscribeAndAwait(() -> apply(code.name(), pack, resource));
        LOG.infof("market pack %s: %d lists and strategies created", resource, created);
      }
    }
  }

  /** The pack at a classpath resource, or null when there is none. */
  public MarketPack read(String resource) throws IOException {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : json.readValue(in, MarketPack.class);
    }
  }

  /** Creates what the market lacks; returns how many lists and strategies were created. */
  public Uni<Integer> apply(String market, MarketPack pack, String source) {
    String who = "pack:" + source;
    List<Uni<Integer>> steps = new ArrayList<>();
    for (MarketPack.PackList list : pack.lists()) {
      steps.add(
          Uni.createFrom()
              .deferred(() -> createList(market, list, who))
              .onFailure(ProblemException.class)
              .recoverWithItem(0));
    }
    for (MarketPack.PackStrategy s : pack.strategies()) {
      steps.add(
          Uni.createFrom()
              .deferred(() -> createStrategy(market, s, who))
              .onFailure(ProblemException.class)
              .recoverWithItem(0));
    }
    return Multi.createFrom()
        .iterable(steps)
        .onItem()
        .transformToUniAndConcatenate(step -> step)
        .collect()
        .with(java.util.stream.Collectors.summingInt(Integer::intValue))
        .call(() -> cache.invalidate(market));
  }

  private Uni<Integer> createList(String market, MarketPack.PackList list, String who) {
    // create() answers 409 for an existing list: that list is kept as the admins left it.
    Uni<?> chain =
        lists.create(
            market,
            new TermListRequests.NewList(list.name(), list.language(), list.description()),
            who);
    for (MarketPack.PackTerm t : list.terms()) {
      chain =
          chain.flatMap(
              ignored ->
                  lists.addTerm(
                      market,
                      list.name(),
                      new TermListRequests.NewTerm(t.text(), t.mode(), t.severity(), t.languages()),
                      who));
    }
    for (MarketPack.PackException e : list.exceptions()) {
      chain =
          chain.flatMap(
              ignored ->
                  lists.addException(
                      market,
                      list.name(),
                      new TermListRequests.NewException(e.text(), e.languages()),
                      who));
    }
    return chain.replaceWith(1);
  }

  private Uni<Integer> createStrategy(String market, MarketPack.PackStrategy s, String who) {
    return strategies
        .get(market, s.name(), null)
        .replaceWith(0)
        .onFailure(ProblemException.class)
        .recoverWithUni(
            () ->
                strategies
                    .save(
                        market,
                        s.name(),
                        new StrategyRequest(
                            s.expression(),
                            s.action(),
                            s.policyCode(),
                            s.severity(),
                            s.reasonTemplate()),
                        who,
                        // Shipped packs are the market's vetted defaults: in force from the start.
                        StrategyService.Placement.active("imported from " + who))
                    .replaceWith(1));
  }
}
