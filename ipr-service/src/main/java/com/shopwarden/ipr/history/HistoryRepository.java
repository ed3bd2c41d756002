package com.shopwarden.ipr.history;

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

  /** Most entries a history answer holds. */
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

  /** The subject's entries, oldest first, bounded. */
  public Uni<List<HistoryEntry>> of(String subjectType, String subjectId) {
    return find("subjectType = ?1 and subjectId = ?2", Sort.by("seq"), subjectType, subjectId)
        .page(0, PAGE)
        .list();
  }
}
