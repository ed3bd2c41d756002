package com.shopwarden.ipr.notice;

import com.shopwarden.ipr.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.LockMode;

/** Notices, including the review queue's ordering and its lock-free claim. */
@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

  /** Most notices a listing answer holds. */
  public static final int PAGE = 100;

  private static final String CLAIMABLE =
      "market = :market and (state = 'SUBMITTED'"
          + " or (state = 'UNDER_REVIEW' and leaseExpiresAt <= :now))";

  private static final String QUEUE_ORDER =
      " order by trusted desc, reviewDeadline, receivedAt, id";

  /**
   * Notices waiting for review: trusted holders first, then by deadline; {@code limit + 1} rows
   * after the cursor (trusted, deadline, receipt, id of the previous page's last notice).
   */
  public Uni<List<Notice>> queue(String market, Instant now, PageCursor after, int limit) {
    Parameters p = Parameters.with("market", market).and("now", now);
    String keyset = "";
    if (after != null) {
      // Keyset on (trusted desc, deadline, receipt, id): rows strictly after the cursor's.
      String later =
          "(reviewDeadline > :deadline or (reviewDeadline = :deadline and (receivedAt > :received"
              + " or (receivedAt = :received and id > :id))))";
      keyset =
          after.flag(0)
              ? " and (trusted = false or (trusted = true and " + later + "))"
              : " and trusted = false and " + later;
      p =
          p.and("deadline", after.instant(1))
              .and("received", after.instant(2))
              .and("id", after.uuid(3));
    }
    return find(CLAIMABLE + keyset + QUEUE_ORDER, p).page(0, limit + 1).list();
  }

  /** The queue cursor of a notice: the sort key the next page starts after. */
  public static String queueCursor(Notice notice) {
    return PageCursor.encode(notice.trusted, notice.reviewDeadline, notice.receivedAt, notice.id);
  }

  /**
   * Locks the first claimable notice, skipping those another reviewer is claiming right now, so
   * that two agents never claim the same notice. A contested notice is never offered to the agent
   * who rejected it first.
   */
  public Uni<Notice> lockNextClaimable(String market, Instant now, String reviewer) {
    return getSession()
        .chain(
            session ->
                session
                    .createSelectionQuery(
                        "from Notice where "
                            + CLAIMABLE
                            + " and (firstReviewer is null or firstReviewer <> :reviewer)"
                            + QUEUE_ORDER,
                        Notice.class)
                    .setParameter("market", market)
                    .setParameter("now", now)
                    .setParameter("reviewer", reviewer)
                    .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                    .setMaxResults(1)
                    .getResultList())
        .map(found -> found.isEmpty() ? null : found.get(0));
  }

  /** An organisation's notices, newest first; {@code limit + 1} rows after the cursor. */
  public Uni<List<Notice>> ofOrganisation(String organisationId, PageCursor after, int limit) {
    Parameters p = Parameters.with("org", organisationId);
    String keyset = "";
    if (after != null) {
      keyset = " and (receivedAt < :at or (receivedAt = :at and id < :id))";
      p = p.and("at", after.instant(0)).and("id", after.uuid(1));
    }
    return find("organisationId = :org" + keyset + " order by receivedAt desc, id desc", p)
        .page(0, limit + 1)
        .list();
  }

  /** The organisation-listing cursor of a notice. */
  public static String organisationCursor(Notice notice) {
    return PageCursor.encode(notice.receivedAt, notice.id);
  }

  /** Notices the organisation filed in the market since {@code since}, for the filing limit. */
  public Uni<Long> filedSince(String organisationId, String market, Instant since) {
    return count(
        "organisationId = ?1 and market = ?2 and receivedAt > ?3", organisationId, market, since);
  }

  /** The organisation's oldest filing in the market since {@code since}. */
  public Uni<Notice> oldestFiledSince(String organisationId, String market, Instant since) {
    return find(
            "organisationId = ?1 and market = ?2 and receivedAt > ?3 order by receivedAt",
            organisationId,
            market,
            since)
        .firstResult();
  }
}
