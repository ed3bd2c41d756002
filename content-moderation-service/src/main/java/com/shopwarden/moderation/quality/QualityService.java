package com.shopwarden.moderation.quality;

import com.shopwarden.moderation.quality.QualityViews.MarketQuality;
import com.shopwarden.moderation.quality.QualityViews.Report;
import com.shopwarden.moderation.quality.QualityViews.SourceQuality;
import com.shopwarden.moderation.quality.QualityViews.StrategyQuality;
import com.shopwarden.moderation.strategy.StrategyEntity;
import com.shopwarden.moderation.strategy.StrategyRepository;
import com.shopwarden.moderation.strategy.StrategyVersionEntity;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Quality figures per strategy version, term list, hash bank and market over a window. Strategy
 * reports list every version that matched in the window and every version being evaluated now
 * (SHADOW, CANARY, ACTIVE), with zero figures when it matched nothing.
 */
@ApplicationScoped
public class QualityService {

  /** Rows a report holds at most. */
  static final int MAX_ITEMS = 1000;

  private final QualityRepository quality;
  private final StrategyRepository strategies;

  public QualityService(QualityRepository quality, StrategyRepository strategies) {
    this.quality = quality;
    this.strategies = strategies;
  }

  @WithSession
  public Uni<MarketQuality> market(String market, QualityWindow w) {
    return quality
        .market(market, w.from(), w.to())
        .map(f -> new MarketQuality(market, w.from(), w.to(), f));
  }

  /** Every strategy of the market, or the versions of one ({@code name} not null). */
  @WithSession
  public Uni<Report<StrategyQuality>> strategies(String market, String name, QualityWindow w) {
    Uni<List<StrategyEntity>> chosen =
        name == null
            ? strategies.ofMarket(market)
            : strategies
                .byName(market, name)
                .map(
                    s -> {
                      if (s == null) {
                        throw ProblemException.notFound("no strategy " + name + " in " + market);
                      }
                      return List.of(s);
                    });
    return chosen.flatMap(
        all -> {
          UUID only = name == null ? null : all.get(0).id;
          return quality
              .strategies(market, w.from(), w.to(), only)
              .flatMap(
                  rows ->
                      versionsOf(all)
                          .map(
                              versions ->
                                  new Report<>(
                                      market, w.from(), w.to(), join(all, versions, rows))));
        });
  }

  /** Every term list or hash bank ({@code source}) with hits in the window, or one by name. */
  @WithSession
  public Uni<Report<SourceQuality>> sources(
      String market, String source, String name, QualityWindow w) {
    return quality
        .signals(market, w.from(), w.to(), source, name)
        .map(
            rows -> {
              List<SourceQuality> items =
                  rows.stream()
                      .map(r -> new SourceQuality(r.key(), r.figures()))
                      .sorted(Comparator.comparing(SourceQuality::name))
                      .limit(MAX_ITEMS)
                      .toList();
              if (name != null && items.isEmpty()) {
                items = List.of(new SourceQuality(name, QualityFigures.none()));
              }
              return new Report<>(market, w.from(), w.to(), items);
            });
  }

  private static Uni<List<StrategyVersionEntity>> versionsOf(List<StrategyEntity> all) {
    if (all.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return StrategyVersionEntity.<StrategyVersionEntity>find(
            "strategyId in ?1 order by version", all.stream().map(s -> s.id).toList())
        .list();
  }

  private static List<StrategyQuality> join(
      List<StrategyEntity> all,
      List<StrategyVersionEntity> versions,
      List<QualityRepository.Keyed> rows) {
    Map<UUID, StrategyEntity> byId =
        all.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
    Map<String, QualityFigures> figures =
        rows.stream()
            .collect(
                Collectors.toMap(
                    r -> r.key() + "#" + r.version(), QualityRepository.Keyed::figures));
    List<StrategyQuality> result = new ArrayList<>();
    for (StrategyVersionEntity v : versions) {
      String key = v.strategyId + "#" + v.version;
      if (!figures.containsKey(key) && !v.stage().evaluated()) {
        continue;
      }
      StrategyEntity s = byId.get(v.strategyId);
      result.add(
          new StrategyQuality(
              s.id,
              s.name,
              v.version,
              v.stage,
              v.emergencyUntil != null,
              v.action,
              v.policyCode,
              figures.getOrDefault(key, QualityFigures.none())));
    }
    result.sort(
        Comparator.comparing(StrategyQuality::name).thenComparingInt(StrategyQuality::version));
    return result.size() > MAX_ITEMS ? result.subList(0, MAX_ITEMS) : result;
  }
}
