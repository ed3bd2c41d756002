package com.shopwarden.market;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Business days from the Jollyday library's holiday data (European markets and the UK).
 *
 * <p>National holidays only: no subdivision is passed, so regional holidays (German Länder, Spanish
 * autonomous communities, ...) are not days off here. The United Kingdom is the exception: Jollyday
 * has no UK-wide Easter Monday or summer bank holiday, as these differ between England &amp; Wales,
 * Scotland and Northern Ireland; the GB market uses the England &amp; Wales bank holidays (Jollyday
 * region {@code "eng"}), which is where most UK businesses and courts work.
 *
 * <p>Days typed as observances (not days off) are ignored; holidays moved off a weekend count on
 * their observed date. The Jollyday manager is created on first use, since loading its data takes
 * noticeable time and not every service asks every market for its calendar.
 */
final class JollydayCalendar extends YearCachedCalendar {

  private final HolidayCalendar calendar;
  private final String[] subdivision;
  private volatile HolidayManager manager;

  /**
   * @param calendar the Jollyday country calendar
   * @param subdivision the region path inside it, empty for national holidays only
   */
  JollydayCalendar(HolidayCalendar calendar, String... subdivision) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.subdivision = subdivision.clone();
  }

  @Override
  public boolean coversYear(int year) {
    // Jollyday evaluates rules (fixed dates, Easter-based, n-th weekday) for any year.
    return true;
  }

  @Override
  protected Map<LocalDate, String> computeHolidays(int year) {
    Map<LocalDate, String> holidays = new HashMap<>();
    // A holiday moved off a weekend may be observed in the neighbouring year.
    for (int y = year - 1; y <= year + 1; y++) {
      for (Holiday holiday : manager().getHolidays(Year.of(y), subdivision)) {
        LocalDate observed = holiday.getDate();
        if (holiday.getType() != HolidayType.OBSERVANCE && observed.getYear() == year) {
          put(holidays, observed, holiday.getDescription(Locale.ENGLISH));
        }
      }
    }
    return holidays;
  }

  private HolidayManager manager() {
    HolidayManager current = manager;
    if (current == null) {
      synchronized (this) {
        current = manager;
        if (current == null) {
          current = HolidayManager.getInstance(ManagerParameters.create(calendar));
          manager = current;
        }
      }
    }
    return current;
  }

  @Override
  public String toString() {
    return "Jollyday "
        + calendar
        + (subdivision.length == 0 ? "" : " " + String.join("/", subdivision));
  }
}
