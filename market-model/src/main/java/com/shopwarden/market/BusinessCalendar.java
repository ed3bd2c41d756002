package com.shopwarden.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * Business days of a market: every day except Saturday, Sunday and the market's public holidays.
 * Holidays are the days off as observed (a holiday moved off a weekend counts on the day it is
 * observed). Implementations are thread-safe and cache per year, since deadlines are computed on
 * request paths.
 */
public interface BusinessCalendar {

  /**
   * The public holidays whose observed date falls in {@code year}, in date order, each with its
   * name. When {@link #coversYear(int)} is false for the year the result is empty (listed
   * calendars) or an approximation (rule-based calendars outside the years their rules describe).
   */
  SortedMap<LocalDate, String> holidaysIn(int year);

  /**
   * Whether this calendar knows the holidays of {@code year}. A calendar built from a maintained
   * list knows only the years listed; for other years it falls back to weekends only, and callers
   * computing legal deadlines should warn.
   */
  boolean coversYear(int year);

  /** Saturday and Sunday, the weekend in every market Shopwarden serves. */
  default boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /** Whether {@code date} is an (observed) public holiday. */
  default boolean isHoliday(LocalDate date) {
    return holidaysIn(date.getYear()).containsKey(date);
  }

  /** Whether {@code date} is neither a weekend day nor a holiday. */
  default boolean isBusinessDay(LocalDate date) {
    return !isWeekend(date) && !isHoliday(date);
  }

  /**
   * The {@code n}-th business day strictly after {@code start}; {@code start} itself never counts,
   * whether or not it is a business day. {@code n == 0} returns {@code start}.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  default LocalDate addBusinessDays(LocalDate start, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The number of business days after {@code startExclusive} up to and including {@code
   * endInclusive}; the inverse of {@link #addBusinessDays(LocalDate, int)}.
   *
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code startExclusive}
   */
  default int businessDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    if (endInclusive.isBefore(startExclusive)) {
      throw new IllegalArgumentException(
          "end " + endInclusive + " is before start " + startExclusive);
    }
    int count = 0;
    for (LocalDate day = startExclusive.plusDays(1);
        !day.isAfter(endInclusive);
        day = day.plusDays(1)) {
      if (isBusinessDay(day)) {
        count++;
      }
    }
    return count;
  }
}
