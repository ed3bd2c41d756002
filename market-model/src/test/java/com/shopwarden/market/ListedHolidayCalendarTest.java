package com.shopwarden.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** South-East Asian markets, whose holidays come from shipped (or mounted) lists. */
class ListedHolidayCalendarTest {

  private static final Set<MarketCode> LISTED =
      EnumSet.of(
          MarketCode.ID, MarketCode.MY, MarketCode.PH, MarketCode.TH, MarketCode.VN, MarketCode.SG);

  private final MarketCatalog catalog = MarketCatalog.bundled();

  @Test
  void weekdayHolidaysFromTheShippedLists() {
    assertThat(isBusinessDay(MarketCode.SG, 2025, 12, 25)).as("SG Christmas").isFalse();
    assertThat(isBusinessDay(MarketCode.TH, 2025, 4, 14)).as("TH Songkran").isFalse();
    assertThat(isBusinessDay(MarketCode.VN, 2025, 9, 2)).as("VN National Day").isFalse();
    assertThat(isBusinessDay(MarketCode.MY, 2025, 12, 25)).as("MY Christmas").isFalse();
    assertThat(isBusinessDay(MarketCode.ID, 2025, 12, 25)).as("ID Christmas").isFalse();
    assertThat(isBusinessDay(MarketCode.PH, 2025, 6, 12)).as("PH Independence Day").isFalse();
    assertThat(isBusinessDay(MarketCode.SG, 2026, 6, 1)).as("SG Vesak Day observed").isFalse();
    assertThat(isBusinessDay(MarketCode.SG, 2025, 12, 24)).isTrue();
  }

  @Test
  void shippedListsCover2025And2026Only() {
    for (MarketCode code : LISTED) {
      BusinessCalendar calendar = catalog.of(code).calendar();
      assertThat(calendar.coversYear(2025)).as(code.name()).isTrue();
      assertThat(calendar.coversYear(2026)).as(code.name()).isTrue();
      assertThat(calendar.coversYear(2027)).as(code.name()).isFalse();
      assertThat(calendar.holidaysIn(2025))
          .as(code.name())
          .isNotEmpty()
          .allSatisfy(
              (d, name) -> {
                assertThat(d.getYear()).isEqualTo(2025);
                assertThat(name).isNotBlank();
              });
    }
  }

  @Test
  void uncoveredYearFallsBackToWeekendsOnly() {
    BusinessCalendar sg = catalog.of(MarketCode.SG).calendar();
    assertThat(sg.holidaysIn(2030)).isEmpty();
    assertThat(sg.isBusinessDay(LocalDate.of(2030, 12, 25))).isTrue();
    assertThat(sg.isBusinessDay(LocalDate.of(2030, 12, 28))).as("Saturday").isFalse();
  }

  @Test
  void overrideDirectoryReplacesTheBundledList(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("ID.txt"),
        """
        # deployment override
        2027-03-10 Eid al-Fitr

        2027-03-11 Eid al-Fitr (second day)
        """);
    MarketCatalog overridden = MarketCatalog.withHolidayOverrides(dir);
    BusinessCalendar id = overridden.of(MarketCode.ID).calendar();
    assertThat(id.coversYear(2027)).isTrue();
    assertThat(id.isBusinessDay(LocalDate.of(2027, 3, 10))).isFalse();
    assertThat(id.coversYear(2025)).as("the bundled list is replaced, not merged").isFalse();
    assertThat(id.isBusinessDay(LocalDate.of(2025, 12, 25))).isTrue();
    // Markets without an override file keep the bundled list.
    assertThat(overridden.of(MarketCode.MY).calendar().isHoliday(LocalDate.of(2025, 12, 25)))
        .isTrue();
  }

  @Test
  void missingOverrideDirectoryIsAConfigurationError(@TempDir Path dir) {
    assertThatThrownBy(() -> MarketCatalog.withHolidayOverrides(dir.resolve("absent")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absent");
  }

  @Test
  void malformedOverrideFailsWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("TH.txt"), "2025-04-14 Songkran\n14/04/2025 Songkran\n");
    assertThatThrownBy(() -> MarketCalendars.forMarket(MarketCode.TH, Optional.of(dir)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TH.txt")
        .hasMessageContaining("line 2");
  }

  @Test
  void parsesCommentsBlanksAndSameDayHolidays() throws Exception {
    HolidayList list =
        HolidayList.parse(
            "test",
            new BufferedReader(
                new StringReader(
                    "  # comment\n\n2026-05-31 Vesak Day\n2026-05-31  Another Day  \n")));
    assertThat(list.holidays())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                LocalDate.of(2026, 5, 31), "Vesak Day / Another Day"));
    assertThatThrownBy(
            () -> HolidayList.parse("test", new BufferedReader(new StringReader("2026-05-31\n"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }

  private boolean isBusinessDay(MarketCode code, int year, int month, int day) {
    return catalog.of(code).calendar().isBusinessDay(LocalDate.of(year, month, day));
  }
}
