package com.shopwarden.ipr.history;

import com.shopwarden.ipr.paging.Page;
import com.shopwarden.ipr.paging.PageCursor;
import java.util.List;

/**
 * A page of a subject's history, oldest first.
 *
 * @param entries the page's entries
 * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
 */
public record HistoryPage(List<HistoryView> entries, String nextCursor) {

  /** The page from {@code limit + 1} entries read. */
  public static HistoryPage of(List<HistoryEntry> read, int limit) {
    Page<HistoryEntry> page = Page.of(read, limit, e -> PageCursor.encode(e.seq));
    return new HistoryPage(page.rows().stream().map(HistoryView::of).toList(), page.nextCursor());
  }
}
