package com.shopwarden.ipr.strike;

import com.shopwarden.ipr.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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

  /** The account's strikes, newest first: {@code limit + 1} after the cursor. */
  public Uni<List<Strike>> of(String market, String accountId, PageCursor after, int limit) {
    Parameters p = Parameters.with("market", market).and("account", accountId);
    String keyset = "";
    if (after != null) {
      keyset = " and (issuedAt < :at or (issuedAt = :at and id < :id))";
      p = p.and("at", after.instant(0)).and("id", after.uuid(1));
    }
    return find(
            "market = :market and accountId = :account"
                + keyset
                + " order by issuedAt desc, id desc",
            p)
        .page(0, limit + 1)
        .list();
  }

  /**
   * The violation keys behind the account's active strikes: the keys of the account's items in each
   * notice that struck it, oldest strike first.
   */
  public Uni<List<String>> activeViolationKeys(String market, String accountId, Instant now) {
    return getSession()
        .chain(
            session ->
                session
                    .createSelectionQuery(
                        "select i.violationKey from Strike s, NoticeItem i"
                            + " where s.market = :market and s.accountId = :account"
                            + " and s.removedAt is null and s.expiresAt > :now"
                            + " and i.noticeId = s.noticeId and i.accountId = s.accountId"
                            + " and i.violationKey is not null"
                            + " order by s.issuedAt, s.id, i.violationKey",
                        String.class)
                    .setParameter("market", market)
                    .setParameter("account", accountId)
                    .setParameter("now", now)
                    .getResultList());
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
