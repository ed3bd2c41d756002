package com.shopwarden.ipr.history;

import com.shopwarden.ipr.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Writes and reads the history of organisations, assets and notices. */
@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, UUID> {

  /** Most entries a history page holds. */
  public static final int PAGE = 200;

  private final Clock clock;

  public HistoryRepository(Clock clock) {
    this.clock = clock;
  }

  /** Records one entry in the current transaction. */
  public Uni<Void> record(
      String subjectType,
      String subjectId,
      String organisationId,
      String actor,
      String action,
      String detail) {
    HistoryEntry entry = new HistoryEntry();
    entry.id = UUID.randomUUID();
    entry.subjectType = subjectType;
    entry.subjectId = subjectId;
    entry.organisationId = organisationId;
    entry.at = clock.instant();
    entry.actor = actor;
    entry.action = action;
    entry.detail = detail;
    return persist(entry).replaceWithVoid();
  }

  /** The subject's entries, oldest first: {@code limit + 1} after the cursor's sequence. */
  public Uni<List<HistoryEntry>> page(
      String subjectType, String subjectId, PageCursor after, int limit) {
    long afterSeq = after == null ? 0 : after.number(0);
    return find(
            "subjectType = ?1 and subjectId = ?2 and seq > ?3",
            Sort.by("seq"),
            subjectType,
            subjectId,
            afterSeq)
        .page(0, limit + 1)
        .list();
  }
}
