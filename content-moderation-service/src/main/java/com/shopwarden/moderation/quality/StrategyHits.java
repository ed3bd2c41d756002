package com.shopwarden.moderation.quality;

import com.shopwarden.moderation.screening.ScreeningOutcome;
import com.shopwarden.moderation.screening.ScreeningOutcome.StrategyHit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Stores every strategy that matched an item, in the intake transaction. */
@ApplicationScoped
public class StrategyHits {

  static final String ACTIVE = "ACTIVE";

  public Uni<Void> record(UUID contentId, String market, ScreeningOutcome outcome, Instant at) {
    List<StrategyHitEntity> rows = new ArrayList<>(outcome.strategies().size());
    for (StrategyHit hit : outcome.strategies()) {
      StrategyHitEntity row = new StrategyHitEntity();
      row.id = UUID.randomUUID();
      row.contentId = contentId;
      row.market = market;
      row.strategyId = hit.id();
      row.strategyVersion = hit.version();
      row.stage = ACTIVE;
      row.action = hit.action().name();
      row.policyCode = hit.policyCode();
      row.deciding = hit.equals(outcome.decidedBy());
      row.hitAt = at;
      rows.add(row);
    }
    return rows.isEmpty()
        ? Uni.createFrom().voidItem()
        : StrategyHitEntity.persist(rows).replaceWithVoid();
  }
}
