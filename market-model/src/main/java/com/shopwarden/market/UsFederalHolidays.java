package com.shopwarden.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * US federal legal public holidays computed from their statutory rules (5 U.S.C. 6103(a)) with the
 * weekend rule of 5 U.S.C. 6103(b) and Executive Order 11582: a holiday on a Saturday is observed
 * on the Friday before, one on a Sunday on the Monday after. New Year's Day on a Saturday is
 * therefore observed on 31 December of the previous year.
 *
 * <p>The rules are those in force since 1986, when Martin Luther King Jr. Day was first observed;
 * Juneteenth applies from 2021 (Pub. L. 117-17). Inauguration Day (a holiday only around
 * Washington, D.C.) and one-off closures by executive order are not included.
 */
public final class UsFederalHolidays {

  /** First year whose holidays these rules describe completely. */
  public static final int FIRST_YEAR = 1986;

  private static final int JUNETEENTH_FROM = 2021;

  /**
   * One holiday of a year.
   *
   * @param name the statutory name
   * @param date the day the statute names
   * @param observed the day federal employees have off (differs when {@code date} is a weekend day)
   */
  public record Holiday(String name, LocalDate date, LocalDate observed) {}

  private UsFederalHolidays() {}

  /** The holidays whose statutory date falls in {@code year}, in calendar order. */
  public static List<Holiday> of(int year) {
    List<Holiday> holidays = new ArrayList<>();
    add(holidays, "New Year's Day", LocalDate.of(year, Month.JANUARY, 1));
    add(
        holidays,
        "Birthday of Martin Luther King, Jr.",
        nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY));
    add(holidays, "Washington's Birthday", nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));
    add(holidays, "Memorial Day", last(year, Month.MAY, DayOfWeek.MONDAY));
    if (year >= JUNETEENTH_FROM) {
      add(holidays, "Juneteenth National Independence Day", LocalDate.of(year, Month.JUNE, 19));
    }
    add(holidays, "Independence Day", LocalDate.of(year, Month.JULY, 4));
    add(holidays, "Labor Day", nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));
    add(holidays, "Columbus Day", nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY));
    add(holidays, "Veterans Day", LocalDate.of(year, Month.NOVEMBER, 11));
    add(holidays, "Thanksgiving Day", nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY));
    add(holidays, "Christmas Day", LocalDate.of(year, Month.DECEMBER, 25));
    return List.copyOf(holidays);
  }

  /** The weekend rule of 5 U.S.C. 6103(b). */
  static LocalDate observed(LocalDate date) {
    return switch (date.getDayOfWeek()) {
      case SATURDAY -> date.minusDays(1);
      case SUNDAY -> date.plusDays(1);
      default -> date;
    };
  }

  private static void add(List<Holiday> holidays, String name, LocalDate date) {
    holidays.add(new Holiday(name, date, observed(date)));
  }

  private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
  }

  private static LocalDate last(int year, Month month, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day));
  }
}
