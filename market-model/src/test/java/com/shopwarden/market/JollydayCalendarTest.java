package com.shopwarden.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** EU and UK calendars as the catalog builds them (national holidays from Jollyday). */
class JollydayCalendarTest {

  private final MarketCatalog catalog = MarketCatalog.bundled();

  private BusinessCalendar calendar(MarketCode code) {
    return catalog.of(code).calendar();
  }

  @Test
  void germany() {
    BusinessCalendar de = calendar(MarketCode.DE);
    assertThat(de.isBusinessDay(LocalDate.of(2025, 10, 3))).as("German Unity Day").isFalse();
    assertThat(de.isBusinessDay(LocalDate.of(2025, 12, 25))).as("Christmas").isFalse();
    assertThat(de.isBusinessDay(LocalDate.of(2025, 10, 2))).isTrue();
    // Regional holidays are not national: Epiphany is a holiday in Bavaria only.
    assertThat(de.isBusinessDay(LocalDate.of(2025, 1, 6))).isTrue();
  }

  @Test
  void france() {
    assertThat(calendar(MarketCode.FR).isBusinessDay(LocalDate.of(2025, 7, 14))).isFalse();
  }

  @Test
  void unitedKingdomUsesEnglandAndWalesBankHolidays() {
    BusinessCalendar gb = calendar(MarketCode.GB);
    assertThat(gb.isBusinessDay(LocalDate.of(2025, 8, 25))).as("summer bank holiday").isFalse();
    assertThat(gb.isBusinessDay(LocalDate.of(2025, 4, 21))).as("Easter Monday").isFalse();
    // Scotland's summer bank holiday (first Monday of August) is not a day off here.
    assertThat(gb.isBusinessDay(LocalDate.of(2025, 8, 4))).isTrue();
    // Boxing Day 2026 is a Saturday: substitute day Monday 28 December.
    assertThat(gb.isBusinessDay(LocalDate.of(2026, 12, 28))).isFalse();
  }

  @Test
  void poland() {
    assertThat(calendar(MarketCode.PL).isBusinessDay(LocalDate.of(2025, 11, 11))).isFalse();
  }

  @Test
  void netherlands() {
    BusinessCalendar nl = calendar(MarketCode.NL);
    assertThat(nl.isBusinessDay(LocalDate.of(2025, 12, 25))).isFalse();
    assertThat(nl.isBusinessDay(LocalDate.of(2025, 6, 9))).as("Whit Monday").isFalse();
    // King's Day 2026 is Monday 27 April.
    assertThat(nl.isBusinessDay(LocalDate.of(2026, 4, 27))).isFalse();
  }

  @Test
  void spainItalyIreland() {
    assertThat(calendar(MarketCode.ES).isBusinessDay(LocalDate.of(2025, 12, 8))).isFalse();
    assertThat(calendar(MarketCode.IT).isBusinessDay(LocalDate.of(2025, 4, 25))).isFalse();
    // St Brigid's Day 2025 (1 February, a Saturday) is observed on Monday 3 February.
    assertThat(calendar(MarketCode.IE).isBusinessDay(LocalDate.of(2025, 2, 3))).isFalse();
  }

  @Test
  void holidaysCarryEnglishNamesAndAreRuleBasedForAnyYear() {
    BusinessCalendar de = calendar(MarketCode.DE);
    assertThat(de.holidaysIn(2025)).containsEntry(LocalDate.of(2025, 10, 3), "German Unity Day");
    assertThat(de.coversYear(2040)).isTrue();
    assertThat(de.isHoliday(LocalDate.of(2040, 10, 3))).isTrue();
  }
}
