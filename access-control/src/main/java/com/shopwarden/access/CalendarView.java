package com.shopwarden.access;

import com.shopwarden.market.BusinessCalendar;
import com.shopwarden.market.Market;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of a market's days: which are business days and which are holidays (by name).
 *
 * @param covered false when the market's holiday list does not cover a year in the range, so
 *     weekends alone decided: a deployment should ship the list for that year
 */
public record CalendarView(String market, List<Day> days, boolean covered) {

  /** One day: {@code holiday} names the public holiday, if any. */
  public record Day(LocalDate date, boolean businessDay, String holiday) {}

  static CalendarView of(Market market, LocalDate from, int count) {
    BusinessCalendar calendar = market.calendar();
    List<Day> days = new ArrayList<>(count);
    boolean covered = true;
    for (int i = 0; i < count; i++) {
      LocalDate date = from.plusDays(i);
      covered &= calendar.coversYear(date.getYear());
      days.add(
          new Day(
              date, calendar.isBusinessDay(date), calendar.holidaysIn(date.getYear()).get(date)));
    }
    return new CalendarView(market.code().name(), days, covered);
  }
}
