package com.shopwarden.ipr.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopwarden.ipr.notice.NoticeRegime;
import com.shopwarden.ipr.pack.IprPack;
import com.shopwarden.ipr.pack.ShippedPacks;
import com.shopwarden.market.Market;
import com.shopwarden.market.MarketCatalog;
import com.shopwarden.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Restore days on exact business-day boundaries, and the DMCA bounds. */
class RestoreScheduleTest {

  private static final MarketCatalog CATALOG = MarketCatalog.bundled();
  private static final Market US = CATALOG.of("US");

  @Test
  void memorialDayIsSkipped() {
    // Tuesday 2025-05-20, 11:00 in New York.
    Instant receipt = Instant.parse("2025-05-20T15:00:00Z");
    assertThat(RestoreSchedule.restoreDate(US, receipt, 10)).isEqualTo(LocalDate.of(2025, 6, 4));
    assertThat(RestoreSchedule.restoreDate(US, receipt, 14)).isEqualTo(LocalDate.of(2025, 6, 10));
  }

  @Test
  void receiptIsDatedInTheLegalZone() {
    // 23:30 on Tuesday in New York is already Wednesday in UTC; Tuesday counts.
    Instant lateTuesday = Instant.parse("2025-05-21T03:30:00Z");
    assertThat(RestoreSchedule.restoreDate(US, lateTuesday, 10))
        .isEqualTo(LocalDate.of(2025, 6, 4));
    // Just after midnight on Wednesday in New York: one business day later.
    Instant earlyWednesday = Instant.parse("2025-05-21T04:30:00Z");
    assertThat(RestoreSchedule.restoreDate(US, earlyWednesday, 10))
        .isEqualTo(LocalDate.of(2025, 6, 5));
  }

  @Test
  void receiptOnAWeekendCountsFromMonday() {
    Instant saturday = Instant.parse("2025-05-24T15:00:00Z");
    // Business days from Tue 27 May (Mon 26 is Memorial Day): 27,28,29,30, 2,3,4,5,6,9.
    assertThat(RestoreSchedule.restoreDate(US, saturday, 10)).isEqualTo(LocalDate.of(2025, 6, 9));
  }

  @Test
  void dueAtTheStartOfTheRestoreDayInNewYork() {
    assertThat(RestoreSchedule.dueAt(US, LocalDate.of(2025, 6, 4)))
        .isEqualTo(Instant.parse("2025-06-04T04:00:00Z"));
  }

  @Test
  void dmcaMarketsRefuseDaysOutsideTenToFourteen() {
    Instant receipt = Instant.parse("2025-05-20T15:00:00Z");
    assertThatThrownBy(() -> RestoreSchedule.restoreDate(US, receipt, 9))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RestoreSchedule.restoreDate(US, receipt, 15))
        .isInstanceOf(IllegalStateException.class);
    assertThat(RestoreSchedule.restoreDate(CATALOG.of("ID"), receipt, 5)).isNotNull();
  }

  @Test
  void usCounterNoticesNeedEveryElementOf512g3() {
    IprPack us = ShippedPacks.of("US");
    assertThat(us.requiredCounterNoticeElements())
        .isEqualTo(CounterNoticeElement.statutory(NoticeRegime.US_DMCA));
    for (CounterNoticeElement element : CounterNoticeElement.statutory(NoticeRegime.US_DMCA)) {
      Set<CounterNoticeElement> present = EnumSet.allOf(CounterNoticeElement.class);
      present.remove(element);
      CounterNoticeApi.Filing filing = filingWith(present);
      assertThatThrownBy(() -> CounterNoticeService.requireElements(us, filing))
          .as(element.name())
          .isInstanceOfSatisfying(
              ProblemException.class,
              e ->
                  assertThat(e.toProblem().extensions().get("missingElements"))
                      .isEqualTo(java.util.List.of(element.name())));
    }
    CounterNoticeService.requireElements(us, filingWith(EnumSet.allOf(CounterNoticeElement.class)));
  }

  private static CounterNoticeApi.Filing filingWith(Set<CounterNoticeElement> present) {
    return new CounterNoticeApi.Filing(
        present.contains(CounterNoticeElement.MATERIAL_AND_LOCATION)
            ? "video v-1 at https://x/v-1"
            : null,
        present.contains(CounterNoticeElement.EXPLANATION) ? "licensed" : null,
        present.contains(CounterNoticeElement.NAME) ? "A Person" : null,
        present.contains(CounterNoticeElement.EMAIL) ? "a@example.org" : null,
        present.contains(CounterNoticeElement.PHONE) ? "+1 555 0100" : null,
        present.contains(CounterNoticeElement.ADDRESS) ? "1 Main St" : null,
        present.contains(CounterNoticeElement.SIGNATURE) ? "/A Person/" : null,
        present.contains(CounterNoticeElement.GOOD_FAITH_MISTAKE_STATEMENT),
        present.contains(CounterNoticeElement.CONSENT_TO_JURISDICTION),
        present.contains(CounterNoticeElement.ACCEPTANCE_OF_SERVICE));
  }
}
