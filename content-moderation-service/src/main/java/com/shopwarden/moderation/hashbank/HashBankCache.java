package com.shopwarden.moderation.hashbank;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Compiled banks by id, kept across policy rebuilds: when a market's policy is rebuilt (after any
 * change in the market, in any replica, see {@code MarketPolicyCache}), only the banks whose
 * version moved are read and indexed again; unchanged banks, however large, are reused as they are.
 *
 * <p>A changed bank is re-indexed before the next item when it is small. A large one (see {@link
 * HashBankConfig#backgroundRebuildFrom}) is re-indexed once, in the background, in its own session,
 * while its previous index keeps answering; when it is ready, {@link HashBankRebuilt} makes the
 * market's policy pick it up.
 */
@ApplicationScoped
public class HashBankCache {

  private static final Logger LOG = Logger.getLogger(HashBankCache.class);
  private static final String ROWS =
      "select e.hash, e.quality, e.label from HashBankEntryEntity e where e.bankId = :b";

  private final Map<UUID, CompiledHashBank> compiled = new ConcurrentHashMap<>();
  private final Set<UUID> building = ConcurrentHashMap.newKeySet();
  private final HashBankRepository banks;
  private final Mutiny.SessionFactory sessions;
  private final Event<HashBankRebuilt> rebuilt;
  private final int backgroundFrom;

  public HashBankCache(
      HashBankRepository banks,
      Mutiny.SessionFactory sessions,
      Event<HashBankRebuilt> rebuilt,
      HashBankConfig config) {
    this.banks = banks;
    this.sessions = sessions;
    this.rebuilt = rebuilt;
    this.backgroundFrom = config.backgroundRebuildFrom();
  }

  /**
   * The market's active banks at their current versions; runs in the caller's session. A retired
   * bank's index is dropped: it never matches again and a large one would hold memory for nothing.
   */
  public Uni<MarketHashBanks> forMarket(String market) {
    return banks
        .ofMarket(market)
        .flatMap(
            all -> {
              all.stream().filter(HashBankEntity::retired).forEach(b -> compiled.remove(b.id));
              List<HashBankEntity> active = all.stream().filter(b -> !b.retired()).toList();
              if (active.isEmpty()) {
                return Uni.createFrom().item(MarketHashBanks.empty());
              }
              return Multi.createFrom()
                  .iterable(active)
                  .onItem()
                  .transformToUniAndConcatenate(this::current)
                  .collect()
                  .asList()
                  .map(MarketHashBanks::new);
            });
  }

  private Uni<CompiledHashBank> current(HashBankEntity bank) {
    CompiledHashBank cached = compiled.get(bank.id);
    if (cached != null && upToDate(cached, bank)) {
      return Uni.createFrom().item(cached);
    }
    HashBankEntity snapshot = detached(bank);
    if (cached != null
        && cached.index().size() >= backgroundFrom
        && Vertx.currentContext() != null) {
      if (building.add(bank.id)) {
        // Its own duplicated context, so that its session is independent of the request's.
        Context context = VertxContext.createNewDuplicatedContext(Vertx.currentContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> rebuildInBackground(snapshot));
      }
      return Uni.createFrom().item(cached);
    }
    return banks.hashRows(bank.id).map(rows -> keep(snapshot, rows));
  }

  private void rebuildInBackground(HashBankEntity bank) {
    Uni.createFrom()
        .deferred(() -> sessions.withStatelessSession(s -> rows(s, bank)))
        // Indexing millions of hashes is CPU work: off the event loop.
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .map(rows -> keep(bank, rows))
        .eventually(() -> building.remove(bank.id))
        .subscribe()
        .with(
            done -> rebuilt.fire(new HashBankRebuilt(bank.market)),
            failure ->
                LOG.errorf("re-indexing hash bank %s failed: %s", bank.name, failure.getMessage()));
  }

  private static Uni<List<Object[]>> rows(Mutiny.StatelessSession s, HashBankEntity bank) {
    return s.createSelectionQuery(ROWS, Object[].class).setParameter("b", bank.id).getResultList();
  }

  private CompiledHashBank keep(HashBankEntity bank, List<Object[]> rows) {
    List<CompiledHashBank.Row> entries =
        rows.stream()
            .map(
                r ->
                    new CompiledHashBank.Row(((String) r[0]).trim(), (Integer) r[1], (String) r[2]))
            .toList();
    CompiledHashBank built = CompiledHashBank.of(bank, entries);
    compiled.merge(bank.id, built, (old, now) -> old.version() > now.version() ? old : now);
    return built;
  }

  private static boolean upToDate(CompiledHashBank cached, HashBankEntity bank) {
    return cached.version() == bank.version
        && cached.maxDistance() == bank.maxDistance
        && cached.minQuality() == bank.minQuality;
  }

  /** The bank's fields, free of the caller's session (a background build outlives it). */
  private static HashBankEntity detached(HashBankEntity bank) {
    HashBankEntity b = new HashBankEntity();
    b.id = bank.id;
    b.market = bank.market;
    b.name = bank.name;
    b.kind = bank.kind;
    b.negative = bank.negative;
    b.maxDistance = bank.maxDistance;
    b.minQuality = bank.minQuality;
    b.version = bank.version;
    return b;
  }
}
