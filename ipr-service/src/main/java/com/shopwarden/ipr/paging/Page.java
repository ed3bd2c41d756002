package com.shopwarden.ipr.paging;

import java.util.List;
import java.util.function.Function;

/**
 * Rows of one page and the cursor of the next. Repositories read one row more than the page holds
 * to know whether another page follows, without counting.
 *
 * @param rows the page's rows
 * @param nextCursor the cursor of the next page; {@code null} on the last page
 */
public record Page<T>(List<T> rows, String nextCursor) {

  /** The page from {@code limit + 1} rows read: the extra row only says that more follow. */
  public static <T> Page<T> of(List<T> read, int limit, Function<T, String> cursorOf) {
    if (read.size() <= limit) {
      return new Page<>(List.copyOf(read), null);
    }
    List<T> rows = List.copyOf(read.subList(0, limit));
    return new Page<>(rows, cursorOf.apply(rows.get(limit - 1)));
  }
}
