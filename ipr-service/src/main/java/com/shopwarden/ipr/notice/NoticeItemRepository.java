package com.shopwarden.ipr.notice;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Content items named by notices. */
@ApplicationScoped
public class NoticeItemRepository implements PanacheRepositoryBase<NoticeItem, UUID> {

  /** The notice's items in a stable order. */
  public Uni<List<NoticeItem>> of(UUID noticeId) {
    return list("noticeId = ?1 order by contentId, id", noticeId);
  }

  /** The items of several notices (one query), by notice id, each in a stable order. */
  public Uni<Map<UUID, List<NoticeItem>>> of(Collection<UUID> noticeIds) {
    if (noticeIds.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return list("noticeId in ?1 order by noticeId, contentId, id", List.copyOf(noticeIds))
        .map(
            found -> {
              Map<UUID, List<NoticeItem>> byNotice = new LinkedHashMap<>();
              found.forEach(
                  i -> byNotice.computeIfAbsent(i.noticeId, k -> new ArrayList<>()).add(i));
              return byNotice;
            });
  }
}
