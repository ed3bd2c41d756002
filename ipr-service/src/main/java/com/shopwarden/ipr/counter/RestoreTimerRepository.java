package com.shopwarden.ipr.counter;

import com.shopwarden.ipr.counter.RestoreTimer.TimerState;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.LockMode;

/** Restore timers; due ones are taken with {@code for update skip locked}. */
@ApplicationScoped
public class RestoreTimerRepository implements PanacheRepositoryBase<RestoreTimer, UUID> {

  /**
   * Locks up to {@code limit} due timers, skipping rows another replica holds: each timer is fired
   * by exactly one transaction.
   */
  public Uni<List<RestoreTimer>> lockDue(Instant now, int limit) {
    return getSession()
        .chain(
            session ->
                session
                    .createSelectionQuery(
                        "from RestoreTimer where state = ?1 and dueAt <= ?2 order by dueAt, id",
                        RestoreTimer.class)
                    .setParameter(1, TimerState.SCHEDULED)
                    .setParameter(2, now)
                    .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                    .setMaxResults(limit)
                    .getResultList());
  }

  public Uni<List<RestoreTimer>> scheduled(UUID noticeId) {
    return list("noticeId = ?1 and state = ?2", noticeId, TimerState.SCHEDULED);
  }

  public Uni<List<RestoreTimer>> ofNotice(UUID noticeId) {
    return list("noticeId = ?1 order by dueAt, id", noticeId);
  }

  /** Cancels the notice's scheduled timers (court action, retraction). */
  public Uni<Integer> cancel(UUID noticeId) {
    return update(
        "state = ?1 where noticeId = ?2 and state = ?3",
        TimerState.CANCELLED,
        noticeId,
        TimerState.SCHEDULED);
  }
}
