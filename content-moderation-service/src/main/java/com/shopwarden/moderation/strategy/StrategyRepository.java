package com.shopwarden.moderation.strategy;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Strategies and their versions. */
@ApplicationScoped
public class StrategyRepository implements PanacheRepositoryBase<StrategyEntity, UUID> {

  public Uni<StrategyEntity> byName(String market, String name) {
    return find("market = ?1 and name = ?2", market, name).firstResult();
  }

  /**
   * The strategy, locked until the transaction ends: lifecycle changes of one run one at a time.
   */
  public Uni<StrategyEntity> byNameForUpdate(String market, String name) {
    return find("market = ?1 and name = ?2", market, name)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  public Uni<List<StrategyEntity>> ofMarket(String market) {
    return find("market = ?1 order by name", market).list();
  }

  public Uni<StrategyVersionEntity> version(UUID strategyId, int version) {
    return StrategyVersionEntity.<StrategyVersionEntity>find(
            "strategyId = ?1 and version = ?2", strategyId, version)
        .firstResult();
  }

  /** Every version of a strategy, oldest first. */
  public Uni<List<StrategyVersionEntity>> versions(UUID strategyId) {
    return StrategyVersionEntity.<StrategyVersionEntity>find(
            "strategyId = ?1 order by version", strategyId)
        .list();
  }

  /** The latest version of every strategy of a market. */
  public Uni<List<StrategyVersionEntity>> currentVersions(String market) {
    return StrategyVersionEntity.<StrategyVersionEntity>find(
            "from StrategyVersionEntity v where exists (select 1 from StrategyEntity s"
                + " where s.id = v.strategyId and s.market = ?1 and s.currentVersion = v.version)",
            market)
        .list();
  }

  /**
   * The versions screening evaluates in a market: SHADOW, CANARY and ACTIVE, leaving out emergency
   * rules whose expiry has passed even before the expiry job retires them.
   */
  public Uni<List<StrategyVersionEntity>> evaluatedVersions(String market, Instant now) {
    return StrategyVersionEntity.<StrategyVersionEntity>find(
            "from StrategyVersionEntity v where v.stage in ('SHADOW', 'CANARY', 'ACTIVE')"
                + " and (v.emergencyUntil is null or v.emergencyUntil > ?2)"
                + " and exists (select 1 from StrategyEntity s where s.id = v.strategyId"
                + " and s.market = ?1)",
            market,
            now)
        .list();
  }
}
