package com.shopwarden.moderation.review;

import com.shopwarden.moderation.intake.ReviewTaskEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Review tasks: claims in priority order under row locks, listings and queue figures. */
@ApplicationScoped
public class ReviewTaskRepository implements PanacheRepositoryBase<ReviewTaskEntity, UUID> {

  /** Waiting: open, or claimed under a lease that has run out. {@code ?1} is now. */
  static final String WAITING =
      "(status = 'OPEN' or (status = 'CLAIMED' and lease_expires_at <= cast(?1 as timestamptz)))";

  /**
   * The id of the queue's most urgent waiting task, locked for this transaction. Rows another
   * transaction holds are skipped rather than waited for, so moderators claiming at the same moment
   * each get a different task. A QA task is never offered to the moderator whose decision it
   * re-reviews.
   */
  @SuppressWarnings("unchecked")
  public Uni<ReviewTaskEntity> lockNextWaiting(String queue, Instant now, String subject) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select id from review_task where queue = ?2 and "
                            + WAITING
                            + " and (qa_subject is null or qa_subject <> ?3)"
                            + " order by "
                            + TaskPriority.SQL_ORDER
                            + " limit 1 for update skip locked",
                        UUID.class)
                    .setParameter(1, now)
                    .setParameter(2, queue)
                    .setParameter(3, subject)
                    .getResultList())
        .chain(ids -> ids.isEmpty() ? Uni.createFrom().nullItem() : findById(ids.get(0)));
  }

  /**
   * The undecided ones of these tasks, locked for this transaction in one statement. Rows another
   * transaction holds are skipped rather than waited for, so two moderators bulk-deciding
   * overlapping sets never wait on each other (waiting in opposite orders would deadlock).
   */
  @SuppressWarnings("unchecked")
  public Uni<List<ReviewTaskEntity>> lockUndecided(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select id from review_task where id in (?1) and status <> 'DECIDED'"
                            + " order by seq for update skip locked",
                        UUID.class)
                    .setParameter(1, List.copyOf(ids))
                    .getResultList())
        .chain(
            locked ->
                locked.isEmpty()
                    ? Uni.createFrom().item(List.<ReviewTaskEntity>of())
                    : list("id in ?1 order by seq", locked));
  }

  /** A task locked for a change (decision, release), or null. */
  public Uni<ReviewTaskEntity> lock(UUID id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Undecided tasks of a queue after a position, earliest deadline first. */
  public Uni<List<ReviewTaskEntity>> undecided(
      String queue, Instant afterDeadline, long afterSeq, int limit) {
    return find(
            "queue = ?1 and status <> 'DECIDED' and (deadline > ?2 or (deadline = ?2 and seq > ?3))"
                + " order by deadline, seq",
            queue,
            afterDeadline,
            afterSeq)
        .page(0, limit)
        .list();
  }

  /** Figures of one queue's undecided tasks. */
  public record QueueFigures(
      String queue, long depth, long claimed, long overdue, Instant oldestDeadline) {}

  /** Figures of every queue of a market that has undecided tasks. */
  @SuppressWarnings("unchecked")
  public Uni<List<QueueFigures>> figures(String market, Instant now) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select queue, count(*),"
                            + " count(*) filter (where status = 'CLAIMED'"
                            + " and lease_expires_at > cast(?1 as timestamptz)),"
                            + " count(*) filter (where deadline < cast(?1 as timestamptz)),"
                            + " min(deadline)"
                            + " from review_task where market = ?2 and status <> 'DECIDED'"
                            + " group by queue",
                        Object[].class)
                    .setParameter(1, now)
                    .setParameter(2, market)
                    .getResultList())
        .map(rows -> rows.stream().map(ReviewTaskRepository::figures).toList());
  }

  private static QueueFigures figures(Object row) {
    Object[] r = (Object[]) row;
    return new QueueFigures(
        (String) r[0],
        ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(),
        ((Number) r[3]).longValue(),
        instant(r[4]));
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a time: " + value.getClass());
  }

  /**
   * Undecided screening tasks of the market showing the same content as {@code taskId}: the same
   * normalised texts or one PDQ hash in common. At most {@code limit}, oldest first.
   */
  @SuppressWarnings("unchecked")
  public Uni<List<UUID>> identical(ReviewTaskEntity task, int limit) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select t.id from review_task t where t.market = ?1 and t.id <> ?2"
                            + " and t.status <> 'DECIDED' and t.purpose = 'SCREENING'"
                            + " and not t.escalated"
                            + " and (t.text_fingerprint = ?3"
                            + " or exists (select 1 from review_task_hash h"
                            + " join review_task_hash mine on mine.market = h.market"
                            + " and mine.pdq_hash = h.pdq_hash"
                            + " where h.task_id = t.id and mine.task_id = ?2))"
                            + " order by t.seq limit ?4",
                        UUID.class)
                    .setParameter(1, task.market)
                    .setParameter(2, task.id)
                    // A task without texts matches on hashes only: no fingerprint equals "-".
                    .setParameter(3, task.textFingerprint == null ? "-" : task.textFingerprint)
                    .setParameter(4, limit)
                    .getResultList());
  }
}
