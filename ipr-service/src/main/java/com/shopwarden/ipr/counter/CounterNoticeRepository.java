package com.shopwarden.ipr.counter;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Counter-notices. */
@ApplicationScoped
public class CounterNoticeRepository implements PanacheRepositoryBase<CounterNotice, UUID> {

  public Uni<CounterNotice> byAccount(UUID noticeId, String accountId) {
    return find("noticeId = ?1 and accountId = ?2", noticeId, accountId).firstResult();
  }
}
