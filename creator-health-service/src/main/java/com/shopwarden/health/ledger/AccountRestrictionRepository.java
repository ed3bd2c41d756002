package com.shopwarden.health.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Account-level measures, for the privileges read model. */
@ApplicationScoped
public class AccountRestrictionRepository
    implements PanacheRepositoryBase<AccountRestriction, UUID> {

  /** Measures not lifted and not yet over at {@code now} (including those yet to start). */
  public Uni<List<AccountRestriction>> pending(String market, String accountId, Instant now) {
    return list(
        "market = ?1 and accountId = ?2 and liftedAt is null and (endsAt is null or endsAt > ?3)"
            + " order by actionId",
        market,
        accountId,
        now);
  }

  public Uni<AccountRestriction> byAction(String market, String accountId, String actionId) {
    return find("market = ?1 and accountId = ?2 and actionId = ?3", market, accountId, actionId)
        .firstResult();
  }
}
