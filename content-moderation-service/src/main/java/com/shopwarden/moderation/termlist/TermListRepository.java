package com.shopwarden.moderation.termlist;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Term lists and their entries. */
@ApplicationScoped
public class TermListRepository implements PanacheRepositoryBase<TermListEntity, UUID> {

  public Uni<TermListEntity> byName(String market, String name) {
    return find("market = ?1 and name = ?2", market, name).firstResult();
  }

  /**
   * The list, locked until the transaction ends, so two bulk imports of it run one after the other.
   */
  public Uni<TermListEntity> byNameLocked(String market, String name) {
    return find("market = ?1 and name = ?2", market, name)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  public Uni<List<TermListEntity>> ofMarket(String market) {
    return find("market = ?1 order by name", market).list();
  }

  public Uni<List<TermEntryEntity>> entriesOf(UUID listId) {
    return TermEntryEntity.<TermEntryEntity>find("listId = ?1 order by createdAt, id", listId)
        .list();
  }

  /** Every entry of every list of a market. */
  public Uni<List<TermEntryEntity>> entriesOfMarket(String market) {
    return TermEntryEntity.<TermEntryEntity>find(
            "from TermEntryEntity e where e.listId in (select l.id from TermListEntity l"
                + " where l.market = ?1)",
            market)
        .list();
  }
}
