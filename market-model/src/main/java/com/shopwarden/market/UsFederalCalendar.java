package com.shopwarden.market;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Business days for the US market: weekends plus observed federal holidays. */
final class UsFederalCalendar extends YearCachedCalendar {

  @Override
  public boolean coversYear(int year) {
    return year >= UsFederalHolidays.FIRST_YEAR;
  }

  @Override
  protected Map<LocalDate, String> computeHolidays(int year) {
    Map<LocalDate, String> holidays = new HashMap<>();
    // An observed day can fall in a neighbouring year (New Year's Day on a Saturday is observed on
    // 31 December), so look at the statutory dates of the adjacent years too.
    for (int y = year - 1; y <= year + 1; y++) {
      for (UsFederalHolidays.Holiday holiday : UsFederalHolidays.of(y)) {
        if (holiday.observed().getYear() == year) {
          put(holidays, holiday.observed(), holiday.name());
        }
      }
    }
    return holidays;
  }

  @Override
  public String toString() {
    return "US federal holidays (5 U.S.C. 6103)";
  }
}
