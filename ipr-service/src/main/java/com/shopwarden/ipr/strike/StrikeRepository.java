package com.shopwarden.ipr.strike;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Strikes per account and market. */
@ApplicationScoped
public class StrikeRepository implements PanacheRepositoryBase<Strike, UUID> {

  /** Most strikes one answer holds. */
  public static final int PAGE = 200;

  public Uni<Long> countActive(String market, String accountId, Instant now) {
    return count(
        "market = ?1 and accountId = ?2 and removedAt is null and expiresAt > ?3",
        market,
        accountId,
        now);
  }

  /** The account's strikes, newest first. */
  public Uni<List<Strike>> of(String market, String accountId) {
    return find("market = ?1 and accountId = ?2 order by issuedAt desc, id", market, accountId)
        .page(0, PAGE)
        .list();
  }

  /** Removes the notice's strikes (of one account, or of all when {@code accountId} is null). */
  public Uni<Integer> remove(UUID noticeId, String accountId, String reason, Instant now) {
    if (accountId == null) {
      return update(
          "removedAt = ?1, removalReason = ?2 where noticeId = ?3 and removedAt is null",
          now,
          reason,
          noticeId);
    }
    return update(
        "removedAt = ?1, removalReason = ?2 where noticeId = ?3 and accountId = ?4"
            + " and removedAt is null",
        now,
        reason,
        noticeId,
        accountId);
  }
}
