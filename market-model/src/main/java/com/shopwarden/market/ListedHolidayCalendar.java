package com.shopwarden.market;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Business days from a {@link HolidayList}, for markets whose holidays follow lunar calendars or
 * yearly government announcements (South-East Asia) and therefore cannot be computed by rule.
 *
 * <p>A year is covered when the list has at least one holiday in it. For years not covered the
 * calendar knows weekends only; {@link #coversYear(int)} lets callers notice and warn.
 */
final class ListedHolidayCalendar extends YearCachedCalendar {

  private final HolidayList list;
  private final Set<Integer> years;

  ListedHolidayCalendar(HolidayList list) {
    this.list = list;
    Set<Integer> listed = new TreeSet<>();
    list.holidays().keySet().forEach(date -> listed.add(date.getYear()));
    this.years = Collections.unmodifiableSet(listed);
  }

  /** Where the holidays came from (bundled resource or override file). */
  String source() {
    return list.source();
  }

  /** The years the list covers. */
  Set<Integer> years() {
    return years;
  }

  @Override
  public boolean coversYear(int year) {
    return years.contains(year);
  }

  @Override
  protected Map<LocalDate, String> computeHolidays(int year) {
    return list.holidays().subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  @Override
  public String toString() {
    return "holiday list " + list.source() + " " + years;
  }
}
