package com.shopwarden.ipr.notice;

import com.shopwarden.ipr.evidence.NoticeEvidence;
import com.shopwarden.ipr.notice.NoticeApi.NoticeList;
import com.shopwarden.ipr.notice.NoticeApi.NoticeView;
import com.shopwarden.ipr.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Notices as shown: with their items and the automatic evidence. */
@ApplicationScoped
public class NoticeViews {

  private final NoticeItemRepository items;
  private final NoticeEvidence evidence;

  public NoticeViews(NoticeItemRepository items, NoticeEvidence evidence) {
    this.items = items;
    this.evidence = evidence;
  }

  /** One notice, its items read from the database. */
  public Uni<NoticeView> of(Notice notice) {
    return items.of(notice.id).chain(found -> of(notice, found));
  }

  /** One notice with the items at hand (for example just stored, not yet flushed). */
  public Uni<NoticeView> of(Notice notice, List<NoticeItem> found) {
    return evidence
        .of(List.of(notice), Map.of(notice.id, found))
        .map(all -> NoticeView.of(notice, found, all.get(notice.id)));
  }

  /** A page of notices, items and evidence read for the whole page at once. */
  public Uni<NoticeList> page(Page<Notice> page) {
    List<Notice> notices = page.rows();
    return items
        .of(notices.stream().map(n -> n.id).toList())
        .chain(
            byNotice ->
                evidence
                    .of(notices, byNotice)
                    .map(
                        all ->
                            new NoticeList(
                                notices.stream()
                                    .map(
                                        n ->
                                            NoticeView.of(
                                                n,
                                                byNotice.getOrDefault(n.id, List.of()),
                                                all.get(n.id)))
                                    .toList(),
                                page.nextCursor())));
  }
}
