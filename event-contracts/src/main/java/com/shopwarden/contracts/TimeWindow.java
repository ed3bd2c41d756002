package com.shopwarden.contracts;

import java.time.Instant;

/**
 * A half-open interval of time {@code [start, end)}: the window over which strikes, violations or
 * commerce signals were counted.
 *
 * @param start first instant inside the window
 * @param end first instant after the window; after {@code start}
 */
public record TimeWindow(Instant start, Instant end) {

  public TimeWindow {
    Require.present(start, "start");
    Require.present(end, "end");
    Require.that(end.isAfter(start), "end", "end must be after start");
  }
}
