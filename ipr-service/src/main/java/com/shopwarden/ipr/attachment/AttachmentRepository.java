package com.shopwarden.ipr.attachment;

import com.shopwarden.ipr.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Attachment metadata per notice. */
@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<NoticeAttachment, UUID> {

  /** The notice's attachments in upload order: {@code limit + 1} after the cursor. */
  public Uni<List<NoticeAttachment>> of(UUID noticeId, PageCursor after, int limit) {
    Parameters p = Parameters.with("notice", noticeId);
    String keyset = "";
    if (after != null) {
      keyset = " and (uploadedAt > :at or (uploadedAt = :at and id > :id))";
      p = p.and("at", after.instant(0)).and("id", after.uuid(1));
    }
    return find("noticeId = :notice" + keyset + " order by uploadedAt, id", p)
        .page(0, limit + 1)
        .list();
  }

  public Uni<Long> countOf(UUID noticeId) {
    return count("noticeId = ?1", noticeId);
  }
}
