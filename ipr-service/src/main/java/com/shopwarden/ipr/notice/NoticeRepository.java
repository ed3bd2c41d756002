package com.shopwarden.ipr.notice;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
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
      "market = ?1 and (state = 'SUBMITTED' or (state = 'UNDER_REVIEW' and leaseExpiresAt <= ?2))";

  /** Notices waiting for review: trusted holders first, then by deadline. */
  public Uni<List<Notice>> queue(String market, Instant now, int limit) {
    return find(CLAIMABLE + " order by trusted desc, reviewDeadline, receivedAt, id", market, now)
        .page(0, limit)
        .list();
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
                            + " and (firstReviewer is null or firstReviewer <> ?3)"
                            + " order by trusted desc, reviewDeadline, receivedAt, id",
                        Notice.class)
                    .setParameter(1, market)
                    .setParameter(2, now)
                    .setParameter(3, reviewer)
                    .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                    .setMaxResults(1)
                    .getResultList())
        .map(found -> found.isEmpty() ? null : found.get(0));
  }

  /** An organisation's notices, newest first. */
  public Uni<List<Notice>> ofOrganisation(String organisationId, int limit) {
    return find("organisationId = ?1 order by receivedAt desc, id", organisationId)
        .page(0, limit)
        .list();
  }

  /** Notices the organisation filed since {@code since}, for the filing rate limit. */
  public Uni<Long> filedSince(String organisationId, Instant since) {
    return count("organisationId = ?1 and receivedAt > ?2", organisationId, since);
  }
}
