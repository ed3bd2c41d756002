package com.shopwarden.market;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base for calendars whose holidays are worked out once per year and then served from memory: rule
 * evaluation and library look-ups are too slow to repeat on every deadline computation.
 */
abstract class YearCachedCalendar implements BusinessCalendar {

  private final Map<Integer, SortedMap<LocalDate, String>> byYear = new ConcurrentHashMap<>();

  @Override
  public final SortedMap<LocalDate, String> holidaysIn(int year) {
    return byYear.computeIfAbsent(
        year, y -> Collections.unmodifiableSortedMap(new TreeMap<>(computeHolidays(y))));
  }

  /** The holidays observed in {@code year}; called at most once per year (per calendar). */
  protected abstract Map<LocalDate, String> computeHolidays(int year);

  /** Adds a holiday, joining names when two holidays are observed on the same day. */
  static void put(Map<LocalDate, String> holidays, LocalDate date, String name) {
    holidays.merge(date, name, (a, b) -> a.equals(b) ? a : a + " / " + b);
  }
}
