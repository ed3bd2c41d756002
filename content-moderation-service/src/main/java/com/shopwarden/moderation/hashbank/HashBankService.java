package com.shopwarden.moderation.hashbank;

import com.shopwarden.moderation.audit.PolicyChangeLog;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Creates and changes hash banks; every change raises the bank's version and is recorded in the
 * policy change history, which is what makes every replica rebuild the market's banks.
 */
@ApplicationScoped
public class HashBankService {

  /** Entries shown when reading a bank; the rest are paged through {@link #entries}. */
  static final int FIRST_PAGE = 100;

  /** Most entries one page may hold. */
  static final int MAX_PAGE = 500;

  static final String SUBJECT = "HASH_BANK";
  static final int DEFAULT_MAX_DISTANCE = 31;
  static final int DEFAULT_MIN_QUALITY = 50;

  private final HashBankRepository banks;
  private final PolicyChangeLog changes;
  private final Clock clock;

  public HashBankService(HashBankRepository banks, PolicyChangeLog changes, Clock clock) {
    this.banks = banks;
    this.changes = changes;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<HashBankView> create(String market, HashBankRequests.NewBank request, String who) {
    return banks
        .byName(market, request.name())
        .flatMap(
            existing -> {
              if (existing != null) {
                throw ProblemException.conflict(
                    "hash bank " + request.name() + " already exists in " + market);
              }
              HashBankEntity b =
                  newBank(
                      market,
                      request.name(),
                      request.kind(),
                      request.negative(),
                      request.maxDistance() == null ? DEFAULT_MAX_DISTANCE : request.maxDistance(),
                      request.minQuality() == null ? DEFAULT_MIN_QUALITY : request.minQuality(),
                      request.description(),
                      who);
              b.version = 1;
              return banks
                  .persist(b)
                  .call(() -> changes.record(market, SUBJECT, b.id, 1, "created", who))
                  .map(saved -> HashBankView.summary(b, 0));
            });
  }

  @WithTransaction
  public Uni<HashBankView> addEntry(
      String market, String name, HashBankRequests.NewEntry request, String who) {
    return requireActive(market, name)
        .flatMap(
            bank -> {
              HashBankEntryEntity e =
                  entry(bank, request.hash(), request.quality(), request.label(), null, who);
              return e.persist().flatMap(ignored -> bump(bank, who, "added " + e.hash));
            });
  }

  /** Adds every row of a CSV load, or nothing when a row is bad (checked before any write). */
  @WithTransaction
  public Uni<HashBankView> load(String market, String name, String csv, String who) {
    List<CompiledHashBank.Row> rows = HashCsv.parse(csv);
    return requireActive(market, name)
        .flatMap(
            bank -> {
              List<Object> entries = new ArrayList<>(rows.size());
              for (CompiledHashBank.Row row : rows) {
                entries.add(entry(bank, row.hash(), row.quality(), row.label(), null, who));
              }
              return Panache.getSession()
                  .flatMap(session -> session.persistAll(entries.toArray()))
                  .flatMap(ignored -> bump(bank, who, "bulk load of " + rows.size() + " entries"));
            });
  }

  @WithTransaction
  public Uni<HashBankView> removeEntry(String market, String name, UUID entryId, String who) {
    return requireActive(market, name)
        .flatMap(
            bank ->
                HashBankEntryEntity.<HashBankEntryEntity>findById(entryId)
                    .flatMap(
                        e -> {
                          if (e == null || !e.bankId.equals(bank.id)) {
                            throw ProblemException.notFound("no entry " + entryId + " in " + name);
                          }
                          return e.delete()
                              .flatMap(ignored -> bump(bank, who, "removed " + e.hash));
                        }));
  }

  @WithSession
  public Uni<HashBankView> get(String market, String name) {
    return require(market, name).flatMap(this::view);
  }

  /** A page of the bank's entries, oldest first, after the cursor of the previous page. */
  @WithSession
  public Uni<HashBankView.EntryPage> entries(String market, String name, String after, int limit) {
    EntryCursor cursor = after == null || after.isEmpty() ? null : EntryCursor.decode(after);
    return require(market, name)
        .flatMap(bank -> banks.entriesOf(bank.id, cursor, limit + 1))
        .map(found -> HashBankView.EntryPage.of(found, limit));
  }

  @WithSession
  public Uni<List<HashBankView>> list(String market) {
    return banks
        .ofMarket(market)
        .flatMap(
            all ->
                banks
                    .entryCounts(market)
                    .map(
                        counts ->
                            all.stream()
                                .map(b -> HashBankView.summary(b, counts.getOrDefault(b.id, 0L)))
                                .toList()));
  }

  /** Raises the version, records the change and answers the bank as it is now. */
  Uni<HashBankView> bump(HashBankEntity bank, String who, String what) {
    return raise(bank, who, what).flatMap(ignored -> banks.flush()).flatMap(i -> view(bank));
  }

  /** Raises the version and records the change, in the caller's transaction. */
  Uni<Void> raise(HashBankEntity bank, String who, String what) {
    bank.version++;
    bank.updatedBy = who;
    bank.updatedAt = clock.instant();
    return changes.record(bank.market, SUBJECT, bank.id, bank.version, what, who);
  }

  HashBankEntity newBank(
      String market,
      String name,
      String kind,
      boolean negative,
      int maxDistance,
      int minQuality,
      String description,
      String who) {
    HashBankEntity b = new HashBankEntity();
    b.id = UUID.randomUUID();
    b.market = market;
    b.name = name;
    b.kind = kind;
    b.negative = negative;
    b.maxDistance = maxDistance;
    b.minQuality = minQuality;
    b.description = description;
    b.version = 0;
    b.updatedBy = who;
    b.updatedAt = clock.instant();
    return b;
  }

  HashBankEntryEntity entry(
      HashBankEntity bank, String hash, int quality, String label, String sourceRef, String who) {
    HashBankEntryEntity e = new HashBankEntryEntity();
    e.id = UUID.randomUUID();
    e.bankId = bank.id;
    e.hash = hash.toLowerCase(Locale.ROOT);
    e.quality = quality;
    e.label = label;
    e.sourceRef = sourceRef;
    e.createdBy = who;
    e.createdAt = clock.instant();
    return e;
  }

  Uni<HashBankView> view(HashBankEntity bank) {
    return banks
        .countEntries(bank.id)
        .flatMap(
            count ->
                banks
                    .entriesOf(bank.id, null, FIRST_PAGE + 1)
                    .map(
                        found ->
                            HashBankView.of(
                                bank, count, HashBankView.EntryPage.of(found, FIRST_PAGE))));
  }

  /** The bank, or 404; a retired one is refused with 409 since it no longer changes. */
  Uni<HashBankEntity> requireActive(String market, String name) {
    return require(market, name)
        .map(
            b -> {
              if (b.retired()) {
                throw ProblemException.conflict(
                    "hash bank " + name + " in " + market + " is retired and no longer changes");
              }
              return b;
            });
  }

  Uni<HashBankEntity> require(String market, String name) {
    return banks
        .byName(market, name)
        .map(
            b -> {
              if (b == null) {
                throw ProblemException.notFound("no hash bank " + name + " in " + market);
              }
              return b;
            });
  }
}
