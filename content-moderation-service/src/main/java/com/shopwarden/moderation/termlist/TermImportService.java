package com.shopwarden.moderation.termlist;

import com.shopwarden.moderation.audit.PolicyChangeLog;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes a checked {@link TermImport} into a list in one transaction: the entries, one new version
 * of the list and one {@code policy_change} row with who, when and why. Other replicas see the
 * change through the market's change history, as for every other list change.
 */
@ApplicationScoped
public class TermImportService {

  /** Rows per INSERT or DELETE batch sent to the database. */
  private static final int BATCH = 500;

  private final TermListRepository lists;
  private final PolicyChangeLog changes;
  private final Clock clock;

  public TermImportService(TermListRepository lists, PolicyChangeLog changes, Clock clock) {
    this.lists = lists;
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * Appends the import to the list, or replaces the list's entries with it.
   *
   * <p>Rows equal to an entry the list has (same kind, text, mode, severity and languages) keep
   * that entry, its id and its author: an append repeated after a timeout adds nothing, and a
   * replace removes only what the import no longer holds. Terms that came from rights holders'
   * assets are never removed by a replace: their events own them.
   */
  @WithTransaction
  public Uni<TermImportResult> importEntries(
      String market, String name, TermImport rows, boolean replace, String reason, String who) {
    return lists
        .byNameLocked(market, name)
        .flatMap(
            list -> {
              if (list == null) {
                throw ProblemException.notFound("no term list " + name + " in " + market);
              }
              return lists
                  .entriesOf(list.id)
                  .flatMap(existing -> write(list, existing, rows, replace, reason, who));
            });
  }

  private Uni<TermImportResult> write(
      TermListEntity list,
      List<TermEntryEntity> existing,
      TermImport rows,
      boolean replace,
      String reason,
      String who) {
    Map<String, TermEntryEntity> byIdentity = new HashMap<>();
    for (TermEntryEntity e : existing) {
      byIdentity.putIfAbsent(identity(e), e);
    }
    Instant now = clock.instant();
    Set<String> kept = new HashSet<>();
    List<Object> added = new ArrayList<>();
    int terms = 0;
    for (TermImport.Entry row : rows.entries()) {
      String id = row.identity();
      if (byIdentity.containsKey(id)) {
        kept.add(id);
        continue;
      }
      added.add(entity(list, row, who, now));
      if (TermEntryEntity.TERM.equals(row.kind())) {
        terms++;
      }
    }
    List<Object> removed = new ArrayList<>();
    if (replace) {
      for (TermEntryEntity e : existing) {
        if (e.sourceRef == null && !kept.contains(identity(e))) {
          removed.add(e);
        }
      }
    }
    int addedTerms = terms;
    int unchanged = rows.entries().size() - added.size();
    String change =
        (replace ? "replaced by import: " : "import: ")
            + addedTerms
            + " terms and "
            + (added.size() - addedTerms)
            + " exceptions added, "
            + unchanged
            + " unchanged, "
            + removed.size()
            + " removed";
    return Panache.getSession()
        .flatMap(
            session -> {
              session.setBatchSize(BATCH);
              return session
                  .persistAll(added.toArray())
                  .chain(() -> session.removeAll(removed.toArray()));
            })
        .chain(
            () -> {
              list.version++;
              list.updatedBy = who;
              list.updatedAt = now;
              return changes.record(
                  list.market, "TERM_LIST", list.id, list.version, change, who, reason);
            })
        .chain(lists::flush)
        .map(
            ignored ->
                new TermImportResult(
                    list.market,
                    list.name,
                    replace,
                    list.version,
                    addedTerms,
                    added.size() - addedTerms,
                    unchanged,
                    removed.size(),
                    reason,
                    who,
                    now));
  }

  private static TermEntryEntity entity(
      TermListEntity list, TermImport.Entry row, String who, Instant now) {
    TermEntryEntity e = new TermEntryEntity();
    e.id = UUID.randomUUID();
    e.listId = list.id;
    e.kind = row.kind();
    e.text = row.text();
    e.mode = row.mode() == null ? null : row.mode().name();
    e.severity = row.severity() == null ? null : row.severity().name();
    e.languages = String.join(",", new TreeSet<>(row.languages()));
    e.createdBy = who;
    e.createdAt = now;
    return e;
  }

  private static String identity(TermEntryEntity e) {
    return TermImport.Entry.identity(
        e.kind, e.text, e.mode, e.severity, new TreeSet<>(TermListView.languages(e.languages)));
  }
}
