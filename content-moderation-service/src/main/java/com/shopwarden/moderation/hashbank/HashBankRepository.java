package com.shopwarden.moderation.hashbank;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Hash banks and their entries. */
@ApplicationScoped
public class HashBankRepository implements PanacheRepositoryBase<HashBankEntity, UUID> {

  public Uni<HashBankEntity> byName(String market, String name) {
    return find("market = ?1 and name = ?2", market, name).firstResult();
  }

  public Uni<List<HashBankEntity>> ofMarket(String market) {
    return find("market = ?1 order by name", market).list();
  }

  /**
   * Up to {@code limit} entries of a bank after the cursor (from the first when null), in insertion
   * order. Read as rows, not entities: entries persisted in this session would come back from the
   * session without their database-assigned sequence number.
   */
  public Uni<List<HashBankView.PagedEntry>> entriesOf(UUID bankId, EntryCursor after, int limit) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createSelectionQuery(
                        "select e.id, e.hash, e.quality, e.label, e.createdBy, e.createdAt, e.seq"
                            + " from HashBankEntryEntity e where e.bankId = :b and e.seq > :after"
                            + " order by e.seq",
                        Object[].class)
                    .setParameter("b", bankId)
                    .setParameter("after", after == null ? 0L : after.seq())
                    .setMaxResults(limit)
                    .getResultList())
        .map(rows -> rows.stream().map(HashBankView.PagedEntry::of).toList());
  }

  public Uni<Long> countEntries(UUID bankId) {
    return HashBankEntryEntity.count("bankId", bankId);
  }

  /** Entries per bank of a market. */
  public Uni<java.util.Map<UUID, Long>> entryCounts(String market) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createSelectionQuery(
                        "select e.bankId, count(e) from HashBankEntryEntity e where e.bankId in"
                            + " (select b.id from HashBankEntity b where b.market = :m)"
                            + " group by e.bankId",
                        Object[].class)
                    .setParameter("m", market)
                    .getResultList())
        .map(
            rows -> {
              java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
              rows.forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
              return counts;
            });
  }

  /**
   * The hash, quality and label of every entry of a bank, as rows rather than entities: a bank can
   * hold millions and the index only needs these three columns.
   */
  public Uni<List<Object[]>> hashRows(UUID bankId) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createSelectionQuery(
                        "select e.hash, e.quality, e.label from HashBankEntryEntity e"
                            + " where e.bankId = :b",
                        Object[].class)
                    .setParameter("b", bankId)
                    .getResultList());
  }
}
