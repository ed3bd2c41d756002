package com.shopwarden.enforcement.appeal;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stored appeals and the review queue. */
@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

  private static final String CLAIMABLE =
      "select * from appeal where market = ?1 and state = 'PENDING'"
          + " and (lease_until is null or lease_until <= ?2)"
          + " and (?3 or ip) order by review_due_at, filed_at limit 1 for update skip locked";

  public Uni<List<Appeal>> ofMeasure(UUID measureId) {
    return list("measureId = ?1 order by round", measureId);
  }

  /** Pending appeals of a market, most urgent first. */
  public Uni<List<Appeal>> queue(String market, boolean allKinds, int limit) {
    String ipOnly = allKinds ? "" : " and ip = true";
    return find(
            "market = ?1 and state = ?2" + ipOnly + " order by reviewDueAt, filedAt",
            market,
            AppealState.PENDING)
        .page(0, limit)
        .list();
  }

  /** The most urgent pending appeal nobody holds a lease on, locked for this transaction. */
  public Uni<Appeal> lockNextClaimable(String market, Instant now, boolean allKinds) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(CLAIMABLE, Appeal.class)
                    .setParameter(1, market)
                    .setParameter(2, now)
                    .setParameter(3, allKinds)
                    .getResultList())
        .map(found -> found.isEmpty() ? null : found.get(0));
  }
}
