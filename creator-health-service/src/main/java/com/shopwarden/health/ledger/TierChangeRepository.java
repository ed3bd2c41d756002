package com.shopwarden.health.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Accounts' tier history. */
@ApplicationScoped
public class TierChangeRepository implements PanacheRepositoryBase<TierChange, UUID> {

  /** The latest {@code limit} changes, oldest first. */
  public Uni<List<TierChange>> latest(String market, String accountId, int limit) {
    return find("market = ?1 and accountId = ?2 order by changedAt desc, id", market, accountId)
        .page(0, limit)
        .list()
        .map(
            changes -> {
              List<TierChange> oldestFirst = new ArrayList<>(changes);
              Collections.reverse(oldestFirst);
              return oldestFirst;
            });
  }

  /** The changes after {@code since}, oldest first. */
  public Uni<List<TierChange>> since(String market, String accountId, java.time.Instant since) {
    return list(
        "market = ?1 and accountId = ?2 and changedAt > ?3 order by changedAt, id",
        market,
        accountId,
        since);
  }
}
