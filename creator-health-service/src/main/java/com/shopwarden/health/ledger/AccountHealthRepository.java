package com.shopwarden.health.ledger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Accounts' published health, one row per account and market. */
@ApplicationScoped
public class AccountHealthRepository implements PanacheRepositoryBase<AccountHealth, UUID> {

  public Uni<AccountHealth> findAccount(String market, String accountId) {
    return find("market = ?1 and accountId = ?2", market, accountId).firstResult();
  }

  /** The account's row, locked for this transaction so no other writer recomputes it meanwhile. */
  public Uni<AccountHealth> lockAccount(String market, String accountId) {
    return find("market = ?1 and accountId = ?2", market, accountId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  /**
   * Ids of accounts with work due at {@code now}, locked; rows another replica holds are skipped,
   * so replicas share the due work without waiting on each other.
   */
  @SuppressWarnings("unchecked")
  public Uni<List<UUID>> lockDue(Instant now, int limit) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select id from account_health where next_due_at <= ?1"
                            + " order by next_due_at limit ?2 for update skip locked",
                        UUID.class)
                    .setParameter(1, now)
                    .setParameter(2, limit)
                    .getResultList());
  }
}
