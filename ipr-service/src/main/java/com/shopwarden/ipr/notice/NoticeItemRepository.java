package com.shopwarden.ipr.notice;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Content items named by notices. */
@ApplicationScoped
public class NoticeItemRepository implements PanacheRepositoryBase<NoticeItem, UUID> {

  /** The notice's items in a stable order. */
  public Uni<List<NoticeItem>> of(UUID noticeId) {
    return list("noticeId = ?1 order by contentId, id", noticeId);
  }
}
