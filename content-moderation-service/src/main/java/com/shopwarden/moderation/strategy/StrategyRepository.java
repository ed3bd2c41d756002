package com.shopwarden.moderation.strategy;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Strategies and their versions. */
@ApplicationScoped
public class StrategyRepository implements PanacheRepositoryBase<StrategyEntity, UUID> {

  public Uni<StrategyEntity> byName(String market, String name) {
    return find("market = ?1 and name = ?2", market, name).firstResult();
  }

  public Uni<List<StrategyEntity>> ofMarket(String market) {
    return find("market = ?1 order by name", market).list();
  }

  public Uni<StrategyVersionEntity> version(UUID strategyId, int version) {
    return StrategyVersionEntity.<StrategyVersionEntity>find(
            "strategyId = ?1 and version = ?2", strategyId, version)
        .firstResult();
  }

  /** The current version of every active strategy of a market. */
  public Uni<List<StrategyVersionEntity>> currentVersions(String market) {
    return StrategyVersionEntity.<StrategyVersionEntity>find(
            "from StrategyVersionEntity v where exists (select 1 from StrategyEntity s"
                + " where s.id = v.strategyId and s.market = ?1 and s.state = 'ACTIVE'"
                + " and s.currentVersion = v.version)",
            market)
        .list();
  }
}
