package com.shopwarden.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The default day arithmetic, on a calendar with one known holiday. */
class BusinessCalendarTest {

  private final BusinessCalendar calendar =
      new YearCachedCalendar() {
        @Override
        public boolean coversYear(int year) {
          return true;
        }

        @Override
        protected Map<LocalDate, String> computeHolidays(int year) {
          return year == 2025 ? Map.of(LocalDate.of(2025, 1, 1), "New Year's Day") : Map.of();
        }
      };

  @Test
  void weekendsAndHolidaysAreNotBusinessDays() {
    assertThat(calendar.isBusinessDay(LocalDate.of(2025, 1, 4))).as("Saturday").isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2025, 1, 5))).as("Sunday").isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2025, 1, 1))).as("holiday").isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2025, 1, 2))).as("Thursday").isTrue();
  }

  @Test
  void startDayNeverCounts() {
    LocalDate friday = LocalDate.of(2025, 1, 3);
    assertThat(calendar.addBusinessDays(friday, 1)).isEqualTo(LocalDate.of(2025, 1, 6));
    LocalDate saturday = LocalDate.of(2025, 1, 4);
    assertThat(calendar.addBusinessDays(saturday, 1)).isEqualTo(LocalDate.of(2025, 1, 6));
    assertThat(calendar.addBusinessDays(LocalDate.of(2024, 12, 31), 1))
        .as("skips the holiday")
        .isEqualTo(LocalDate.of(2025, 1, 2));
  }

  @Test
  void zeroDaysIsTheStartAndNegativeIsRefused() {
    LocalDate saturday = LocalDate.of(2025, 1, 4);
    assertThat(calendar.addBusinessDays(saturday, 0)).isEqualTo(saturday);
    assertThatThrownBy(() -> calendar.addBusinessDays(saturday, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void businessDaysBetweenInvertsAddBusinessDays() {
    LocalDate start = LocalDate.of(2024, 12, 27);
    for (int n = 0; n <= 30; n++) {
      assertThat(calendar.businessDaysBetween(start, calendar.addBusinessDays(start, n)))
          .isEqualTo(n);
    }
    assertThatThrownBy(() -> calendar.businessDaysBetween(start, start.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void holidaysAreCachedAndImmutable() {
    assertThat(calendar.holidaysIn(2025)).isSameAs(calendar.holidaysIn(2025));
    assertThatThrownBy(() -> calendar.holidaysIn(2025).put(LocalDate.of(2025, 2, 3), "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void eachYearIsComputedOnceUnderConcurrentUse() throws Exception {
    AtomicInteger computations = new AtomicInteger();
    BusinessCalendar counting =
        new YearCachedCalendar() {
          @Override
          public boolean coversYear(int year) {
            return true;
          }

          @Override
          protected Map<LocalDate, String> computeHolidays(int year) {
            computations.incrementAndGet();
            return Map.of(LocalDate.of(year, 1, 1), "New Year's Day");
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        tasks.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    assertThat(counting.isHoliday(LocalDate.of(2020 + i % 10, 1, 1))).isTrue();
                  }
                }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(computations).hasValue(10);
  }
}
