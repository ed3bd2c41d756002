package com.shopwarden.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UsFederalCalendarTest {

  private final BusinessCalendar us = new UsFederalCalendar();

  @Test
  void holidaysOf2025AreNotBusinessDays() {
    assertThat(us.isBusinessDay(LocalDate.of(2025, 5, 26))).as("Memorial Day").isFalse();
    assertThat(us.isBusinessDay(LocalDate.of(2025, 11, 27))).as("Thanksgiving").isFalse();
    assertThat(us.isBusinessDay(LocalDate.of(2025, 7, 4))).as("Independence Day").isFalse();
    assertThat(us.isBusinessDay(LocalDate.of(2025, 5, 27))).as("day after Memorial Day").isTrue();
    assertThat(us.holidaysIn(2025)).containsEntry(LocalDate.of(2025, 5, 26), "Memorial Day");
  }

  @Test
  void all2025HolidaysByStatutoryRule() {
    assertThat(us.holidaysIn(2025).keySet())
        .containsExactly(
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 20),
            LocalDate.of(2025, 2, 17),
            LocalDate.of(2025, 5, 26),
            LocalDate.of(2025, 6, 19),
            LocalDate.of(2025, 7, 4),
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2025, 10, 13),
            LocalDate.of(2025, 11, 11),
            LocalDate.of(2025, 11, 27),
            LocalDate.of(2025, 12, 25));
  }

  @Test
  void saturdayHolidayIsObservedOnFriday() {
    // Christmas 2021 was a Saturday.
    assertThat(us.isBusinessDay(LocalDate.of(2021, 12, 24))).isFalse();
    assertThat(us.holidaysIn(2021)).containsEntry(LocalDate.of(2021, 12, 24), "Christmas Day");
    assertThat(us.isHoliday(LocalDate.of(2021, 12, 25))).isFalse();
  }

  @Test
  void sundayHolidayIsObservedOnMonday() {
    // New Year's Day 2023 and Juneteenth 2022 were Sundays.
    assertThat(us.isBusinessDay(LocalDate.of(2023, 1, 2))).isFalse();
    assertThat(us.isBusinessDay(LocalDate.of(2022, 6, 20))).isFalse();
    assertThat(us.holidaysIn(2022))
        .containsEntry(LocalDate.of(2022, 6, 20), "Juneteenth National Independence Day");
  }

  @Test
  void newYearOnSaturdayIsObservedInThePreviousYear() {
    // 1 January 2022 was a Saturday: observed Friday 31 December 2021.
    assertThat(us.holidaysIn(2021)).containsEntry(LocalDate.of(2021, 12, 31), "New Year's Day");
    assertThat(us.holidaysIn(2022)).doesNotContainKey(LocalDate.of(2022, 1, 1));
    assertThat(us.isBusinessDay(LocalDate.of(2021, 12, 31))).isFalse();
  }

  @Test
  void juneteenthOnlyFrom2021() {
    assertThat(us.holidaysIn(2020)).doesNotContainValue("Juneteenth National Independence Day");
    // Juneteenth 2021 was a Saturday: observed Friday 18 June.
    assertThat(us.isHoliday(LocalDate.of(2021, 6, 18))).isTrue();
  }

  @Test
  void holidaysOf2026() {
    assertThat(us.isBusinessDay(LocalDate.of(2026, 1, 19))).as("MLK Day").isFalse();
    assertThat(us.isBusinessDay(LocalDate.of(2026, 11, 26))).as("Thanksgiving").isFalse();
    // Independence Day 2026 is a Saturday: observed Friday 3 July.
    assertThat(us.isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();
    assertThat(us.holidaysIn(2026)).hasSize(11);
  }

  @Test
  void addBusinessDaysSkipsWeekendsAndMemorialDay() {
    LocalDate receipt = LocalDate.of(2025, 5, 20); // a Tuesday
    assertThat(us.addBusinessDays(receipt, 10)).isEqualTo(LocalDate.of(2025, 6, 4));
    assertThat(us.addBusinessDays(receipt, 14)).isEqualTo(LocalDate.of(2025, 6, 10));
    assertThat(us.businessDaysBetween(receipt, LocalDate.of(2025, 6, 4))).isEqualTo(10);
  }

  @Test
  void coversYearsSinceMartinLutherKingDay() {
    assertThat(us.coversYear(1986)).isTrue();
    assertThat(us.coversYear(2100)).isTrue();
    assertThat(us.coversYear(1985)).isFalse();
  }
}
