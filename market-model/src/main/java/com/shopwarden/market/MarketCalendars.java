package com.shopwarden.market;

import de.focus_shift.jollyday.core.HolidayCalendar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Chooses each market's holiday source: statutory rules for the US, Jollyday for the EU and the UK,
 * a maintained list for South-East Asia (where holidays follow lunar calendars and yearly
 * announcements).
 */
final class MarketCalendars {

  /** Class-path folder of the bundled lists, one {@code <CODE>.txt} per listed market. */
  static final String BUNDLED_LISTS = "markets/holidays/";

  private MarketCalendars() {}

  /**
   * The calendar of {@code code}. For list-based markets, {@code <overrideDir>/<CODE>.txt} replaces
   * the bundled list when the file exists (a mounted ConfigMap); rule-based markets ignore it.
   */
  static BusinessCalendar forMarket(MarketCode code, Optional<Path> overrideDir) {
    return switch (code) {
      case US -> new UsFederalCalendar();
      case GB -> new JollydayCalendar(HolidayCalendar.UNITED_KINGDOM, "eng");
      case DE -> new JollydayCalendar(HolidayCalendar.GERMANY);
      case FR -> new JollydayCalendar(HolidayCalendar.FRANCE);
      case ES -> new JollydayCalendar(HolidayCalendar.SPAIN);
      case IT -> new JollydayCalendar(HolidayCalendar.ITALY);
      case PL -> new JollydayCalendar(HolidayCalendar.POLAND);
      case IE -> new JollydayCalendar(HolidayCalendar.IRELAND);
      case NL -> new JollydayCalendar(HolidayCalendar.NETHERLANDS);
      // Jollyday has Singapore data, but its lunar holidays stop at 2024: use the list.
      case ID, MY, PH, TH, VN, SG -> new ListedHolidayCalendar(list(code, overrideDir));
    };
  }

  private static HolidayList list(MarketCode code, Optional<Path> overrideDir) {
    String fileName = code.name() + ".txt";
    if (overrideDir.isPresent()) {
      Path file = overrideDir.get().resolve(fileName);
      if (Files.isRegularFile(file)) {
        return HolidayList.read(file);
      }
    }
    return HolidayList.readResource(BUNDLED_LISTS + fileName);
  }
}
