package com.shopwarden.moderation.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.Severity;
import com.shopwarden.moderation.account.AccountContextReader;
import com.shopwarden.moderation.intake.ContentItemEntity;
import com.shopwarden.moderation.intake.ContentRequest;
import com.shopwarden.moderation.intake.DecisionEvents;
import com.shopwarden.moderation.intake.IntakeService;
import com.shopwarden.moderation.quality.LabelEntity;
import com.shopwarden.moderation.quality.QualityWindow;
import com.shopwarden.moderation.screening.MarketPolicy;
import com.shopwarden.moderation.screening.MarketPolicyCache;
import com.shopwarden.moderation.screening.ScreeningEngine;
import com.shopwarden.moderation.strategy.Action;
import com.shopwarden.moderation.strategy.CompiledStrategy;
import com.shopwarden.moderation.strategy.StrategyCompiler;
import com.shopwarden.moderation.strategy.StrategyRepository;
import com.shopwarden.moderation.strategy.StrategySet;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs one strategy version (usually a DRAFT) over the stored items of a time range: each item's
 * request as received (from its evidence snapshot) is screened again with the market's current term
 * lists, hash banks and account context, against that version alone, and what it would have done is
 * compared with the items' latest human labels. Nothing is stored or published.
 */
@ApplicationScoped
public class Backtest {

  static final int DEFAULT_LIMIT = 500;
  static final int ITEMS_SHOWN = 100;

  private final StrategyRepository strategies;
  private final MarketPolicyCache policies;
  private final AccountContextReader accounts;
  private final ObjectMapper json;
  private final Clock clock;
  private final StrategyCompiler compiler = new StrategyCompiler();
  private final ScreeningEngine engine = new ScreeningEngine();

  public Backtest(
      StrategyRepository strategies,
      MarketPolicyCache policies,
      AccountContextReader accounts,
      ObjectMapper json,
      Clock clock) {
    this.strategies = strategies;
    this.policies = policies;
    this.accounts = accounts;
    this.json = json;
    this.clock = clock;
  }

  @WithSession
  public Uni<BacktestReport> run(String market, String name, BacktestRequest request) {
    QualityWindow window = QualityWindow.of(request.from(), request.to(), clock);
    int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
    return strategies
        .byName(market, name)
        .flatMap(
            s -> {
              if (s == null) {
                throw ProblemException.notFound("no strategy " + name + " in " + market);
              }
              int wanted = request.version() == null ? s.currentVersion : request.version();
              return strategies
                  .version(s.id, wanted)
                  .flatMap(
                      v -> {
                        if (v == null) {
                          throw ProblemException.notFound(
                              "strategy " + name + " has no version " + wanted);
                        }
                        // Evaluated as if it were the market's only, acting, strategy.
                        CompiledStrategy alone =
                            new CompiledStrategy(
                                s.id,
                                s.name,
                                v.version,
                                Action.valueOf(v.action),
                                v.policyCode,
                                Severity.valueOf(v.severity),
                                v.reasonTemplate,
                                compiler.compile(v.expression));
                        return policies
                            .forMarket(market)
                            .map(
                                p ->
                                    new MarketPolicy(
                                        p.terms(), new StrategySet(List.of(alone)), p.banks()))
                            .flatMap(
                                policy ->
                                    items(market, window, limit)
                                        .flatMap(
                                            rows ->
                                                evaluate(rows, policy, alone, limit)
                                                    .flatMap(
                                                        outcomes ->
                                                            labels(outcomes)
                                                                .map(
                                                                    labels ->
                                                                        report(
                                                                            s.name,
                                                                            v.stage,
                                                                            alone,
                                                                            window,
                                                                            outcomes,
                                                                            labels,
                                                                            rows.size()
                                                                                > limit)))));
                      });
            });
  }

  /** An item and whether the version matched it. */
  record Outcome(ContentItemEntity item, boolean matched) {}

  private Uni<List<Object[]>> items(String market, QualityWindow window, int limit) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createSelectionQuery(
                        "select c, e.content from ContentItemEntity c, EvidenceSnapshotEntity e"
                            + " where e.contentId = c.id and c.market = :m and c.receivedAt >= :f"
                            + " and c.receivedAt < :t order by c.receivedAt, c.seq",
                        Object[].class)
                    .setParameter("m", market)
                    .setParameter("f", window.from())
                    .setParameter("t", window.to())
                    .setMaxResults(limit + 1)
                    .getResultList());
  }

  private Uni<List<Outcome>> evaluate(
      List<Object[]> rows, MarketPolicy policy, CompiledStrategy alone, int limit) {
    List<Object[]> run = rows.size() > limit ? rows.subList(0, limit) : rows;
    if (run.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return Multi.createFrom()
        .iterable(run)
        .onItem()
        .transformToUniAndConcatenate(
            row -> {
              ContentItemEntity item = (ContentItemEntity) row[0];
              ContentRequest request = read((String) row[1]);
              DecisionEvents.Responsible who = DecisionEvents.responsible(item);
              return accounts
                  .of(who.id(), who.type().name())
                  .map(
                      account ->
                          new Outcome(
                              item,
                              engine
                                      .screen(IntakeService.input(request, item), policy, account)
                                      .decidedBy()
                                  != null));
            })
        .collect()
        .asList();
  }

  /** The latest label of each item (none when nobody labelled it). */
  private Uni<Map<UUID, Boolean>> labels(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    List<UUID> ids = outcomes.stream().map(o -> o.item().id).toList();
    // Latest first, ties by id: the label the quality figures take too.
    return LabelEntity.<LabelEntity>find("contentId in ?1 order by labelledAt desc, id", ids)
        .list()
        .map(
            all -> {
              Map<UUID, Boolean> latest = new HashMap<>();
              all.forEach(l -> latest.putIfAbsent(l.contentId, l.violation));
              return latest;
            });
  }

  private static BacktestReport report(
      String name,
      String stage,
      CompiledStrategy alone,
      QualityWindow window,
      List<Outcome> outcomes,
      Map<UUID, Boolean> labels,
      boolean truncated) {
    long tp = 0, fp = 0, fn = 0, tn = 0, unlabelled = 0, matched = 0, changed = 0;
    // Only a REVIEW or BLOCK match says "violation"; an ALLOW strategy never does.
    boolean flags = alone.action() != Action.ALLOW;
    List<BacktestReport.Item> shown = new ArrayList<>();
    for (Outcome o : outcomes) {
      Boolean violation = labels.get(o.item().id);
      if (o.matched()) {
        matched++;
      }
      String alonesVerdict = o.matched() ? alone.action().name() : Action.ALLOW.name();
      if (!alonesVerdict.equals(o.item().verdict)) {
        changed++;
      }
      if (violation == null) {
        unlabelled++;
      } else {
        boolean saysViolation = o.matched() && flags;
        if (saysViolation && violation) {
          tp++;
        } else if (saysViolation) {
          fp++;
        } else if (violation) {
          fn++;
        } else {
          tn++;
        }
      }
      if (shown.size() < ITEMS_SHOWN) {
        shown.add(
            new BacktestReport.Item(
                o.item().id, o.item().receivedAt, o.item().verdict, o.matched(), violation));
      }
    }
    return new BacktestReport(
        alone.id(),
        name,
        alone.version(),
        stage,
        alone.action().name(),
        window.from(),
        window.to(),
        outcomes.size(),
        truncated,
        matched,
        changed,
        new BacktestReport.Confusion(tp, fp, fn, tn, unlabelled),
        tp + fp == 0 ? null : (double) tp / (tp + fp),
        tp + fn == 0 ? null : (double) tp / (tp + fn),
        shown);
  }

  private ContentRequest read(String content) {
    try {
      return json.readValue(content, ContentRequest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored request is unreadable", e);
    }
  }
}
