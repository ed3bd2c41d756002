package com.shopwarden.moderation.termlist;

import com.shopwarden.moderation.audit.PolicyChangeLog;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.text.AllowException;
import com.shopwarden.text.ScreeningLanguages;
import com.shopwarden.text.Term;
import com.shopwarden.text.TermIndex;
import com.shopwarden.text.TermSeverity;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creates and changes term lists; every change raises the list's version and is recorded. */
@ApplicationScoped
public class TermListService {

  private final TermListRepository lists;
  private final PolicyChangeLog changes;
  private final Clock clock;

  public TermListService(TermListRepository lists, PolicyChangeLog changes, Clock clock) {
    this.lists = lists;
    this.changes = changes;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<TermListView> create(String market, TermListRequests.NewList request, String who) {
    if (request.language() != null && !ScreeningLanguages.supports(request.language())) {
      throw unknownLanguage("language", request.language());
    }
    return lists
        .byName(market, request.name())
        .flatMap(
            existing -> {
              if (existing != null) {
                throw ProblemException.conflict(
                    "term list " + request.name() + " already exists in " + market);
              }
              TermListEntity l = new TermListEntity();
              l.id = UUID.randomUUID();
              l.market = market;
              l.name = request.name();
              l.language = request.language();
              l.description = request.description();
              l.version = 1;
              l.updatedBy = who;
              l.updatedAt = clock.instant();
              return lists
                  .persist(l)
                  .call(() -> changes.record(market, "TERM_LIST", l.id, 1, "created", who))
                  .map(saved -> TermListView.of(l, List.of()));
            });
  }

  @WithTransaction
  public Uni<TermListView> addTerm(
      String market, String name, TermListRequests.NewTerm request, String who) {
    Set<String> languages = checkedLanguages(request.languages());
    // Compiling the single term refuses text that has nothing left to match after normalising.
    try {
      TermIndex.compile(
          List.of(
              new Term(
                  "check",
                  name,
                  request.text(),
                  request.mode(),
                  TermSeverity.valueOf(request.severity().name()),
                  languages)),
          List.of());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("text", "has no letters or digits to match");
    }
    return change(
        market,
        name,
        who,
        list -> {
          TermEntryEntity e = entry(list, TermEntryEntity.TERM, request.text(), languages, who);
          e.mode = request.mode().name();
          e.severity = request.severity().name();
          return e;
        },
        "added term");
  }

  @WithTransaction
  public Uni<TermListView> addException(
      String market, String name, TermListRequests.NewException request, String who) {
    Set<String> languages = checkedLanguages(request.languages());
    try {
      TermIndex.compile(
          List.of(), List.of(new AllowException("check", name, request.text(), languages)));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("text", "has no letters or digits to match");
    }
    return change(
        market,
        name,
        who,
        list -> entry(list, TermEntryEntity.EXCEPTION, request.text(), languages, who),
        "added exception");
  }

  @WithTransaction
  public Uni<TermListView> removeEntry(String market, String name, UUID entryId, String who) {
    return requireList(market, name)
        .flatMap(
            list ->
                TermEntryEntity.<TermEntryEntity>findById(entryId)
                    .flatMap(
                        entry -> {
                          if (entry == null || !entry.listId.equals(list.id)) {
                            throw ProblemException.notFound("no entry " + entryId + " in " + name);
                          }
                          return entry
                              .delete()
                              .flatMap(
                                  ignored ->
                                      bump(list, who, "removed " + entry.kind + " " + entry.text));
                        }));
  }

  @WithSession
  public Uni<TermListView> get(String market, String name) {
    return requireList(market, name)
        .flatMap(list -> lists.entriesOf(list.id).map(entries -> TermListView.of(list, entries)));
  }

  @WithSession
  public Uni<List<TermListView>> list(String market) {
    return lists
        .ofMarket(market)
        .map(all -> all.stream().map(l -> TermListView.of(l, List.of())).toList());
  }

  private Uni<TermListView> change(
      String market,
      String name,
      String who,
      java.util.function.Function<TermListEntity, TermEntryEntity> make,
      String what) {
    return requireList(market, name)
        .flatMap(
            list -> {
              TermEntryEntity e = make.apply(list);
              return e.persist().flatMap(ignored -> bump(list, who, what + " " + e.text));
            });
  }

  private Uni<TermListView> bump(TermListEntity list, String who, String what) {
    list.version++;
    list.updatedBy = who;
    list.updatedAt = clock.instant();
    return changes
        .record(list.market, "TERM_LIST", list.id, list.version, what, who)
        .flatMap(ignored -> lists.flush())
        .flatMap(
            ignored -> lists.entriesOf(list.id).map(entries -> TermListView.of(list, entries)));
  }

  private TermEntryEntity entry(
      TermListEntity list, String kind, String text, Set<String> languages, String who) {
    TermEntryEntity e = new TermEntryEntity();
    e.id = UUID.randomUUID();
    e.listId = list.id;
    e.kind = kind;
    e.text = text;
    e.languages = String.join(",", languages.stream().sorted().toList());
    e.createdBy = who;
    e.createdAt = clock.instant();
    return e;
  }

  private Uni<TermListEntity> requireList(String market, String name) {
    return lists
        .byName(market, name)
        .map(
            l -> {
              if (l == null) {
                throw ProblemException.notFound("no term list " + name + " in " + market);
              }
              return l;
            });
  }

  private static Set<String> checkedLanguages(List<String> languages) {
    if (languages == null) {
      return Set.of();
    }
    for (String language : languages) {
      if (!ScreeningLanguages.supports(language)) {
        throw unknownLanguage("languages", language);
      }
    }
    return Set.copyOf(languages);
  }

  private static ProblemException unknownLanguage(String field, String language) {
    return ProblemException.invalidField(field, "unsupported language " + language)
        .with("allowed", List.copyOf(ScreeningLanguages.codes()));
  }
}
