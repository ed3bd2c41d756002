package com.shopwarden.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketTest {

  private final MarketCatalog catalog = MarketCatalog.bundled();

  @Test
  void legalDateIsTakenInTheLegalZoneAcrossMidnight() {
    Market us = catalog.of(MarketCode.US);
    Instant instant = Instant.parse("2025-03-01T04:30:00Z");
    assertThat(us.legalDate(instant)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(catalog.of(MarketCode.ID).legalDate(instant)).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void startOfLegalDayFollowsDaylightSavingTime() {
    Market us = catalog.of(MarketCode.US);
    assertThat(us.startOfLegalDay(LocalDate.of(2025, 2, 28)))
        .isEqualTo(Instant.parse("2025-02-28T05:00:00Z"));
    assertThat(us.startOfLegalDay(LocalDate.of(2025, 7, 1)))
        .isEqualTo(Instant.parse("2025-07-01T04:00:00Z"));
    assertThat(us.legalDate(us.startOfLegalDay(LocalDate.of(2025, 3, 9))))
        .isEqualTo(LocalDate.of(2025, 3, 9));
  }

  @Test
  void businessDayAfterCountsFromTheLegalDateOfReceipt() {
    Market us = catalog.of(MarketCode.US);
    // 01:00Z on Wednesday 21 May is still Tuesday 20 May in New York.
    Instant receipt = Instant.parse("2025-05-21T01:00:00Z");
    assertThat(us.businessDayAfter(receipt, 10)).isEqualTo(LocalDate.of(2025, 6, 4));
    assertThat(us.businessDayAfter(receipt, 14)).isEqualTo(LocalDate.of(2025, 6, 10));
  }

  @Test
  void languagesMatchCodesAndTags() {
    Market my = catalog.of(MarketCode.MY);
    assertThat(my.servesLanguage("ms")).isTrue();
    assertThat(my.servesLanguage("ZH")).isTrue();
    assertThat(my.servesLanguage("en-MY")).isTrue();
    assertThat(my.servesLanguage("zh_Hans")).isTrue();
    assertThat(my.servesLanguage("th")).isFalse();
    assertThat(my.servesLanguage("")).isFalse();
    assertThat(my.servesLanguage(null)).isFalse();
  }

  @Test
  void regimesAndEea() {
    Market de = catalog.of(MarketCode.DE);
    assertThat(de.isEea()).isTrue();
    assertThat(de.legalRegimes())
        .containsExactly(LegalRegime.EU_DSA, LegalRegime.MARKETPLACE_TERMS);
    assertThat(catalog.of(MarketCode.GB).isEea()).isFalse();
    assertThat(catalog.of(MarketCode.GB).isSubjectTo(LegalRegime.UK_OSA)).isTrue();
    assertThat(catalog.of(MarketCode.US).isSubjectTo(LegalRegime.US_DMCA)).isTrue();
    assertThat(catalog.of(MarketCode.VN).legalRegimes())
        .containsExactly(LegalRegime.MARKETPLACE_TERMS);
  }

  @Test
  void invalidDefinitionsAreRefused() {
    BusinessCalendar calendar = catalog.of(MarketCode.US).calendar();
    ZoneId zone = ZoneId.of("America/New_York");
    Currency usd = Currency.getInstance("USD");
    assertThatThrownBy(
            () ->
                new Market(
                    MarketCode.US, zone, List.of("en"), usd, Set.of(LegalRegime.US_DMCA), calendar))
        .hasMessageContaining("MARKETPLACE_TERMS");
    assertThatThrownBy(
            () ->
                new Market(
                    MarketCode.US,
                    zone,
                    List.of("eng"),
                    usd,
                    Set.of(LegalRegime.MARKETPLACE_TERMS),
                    calendar))
        .hasMessageContaining("ISO 639-1");
  }
}
