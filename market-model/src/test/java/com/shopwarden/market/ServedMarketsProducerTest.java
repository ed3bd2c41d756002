package com.shopwarden.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The producer as plain Java: CDI only calls its constructor with the configured values. */
class ServedMarketsProducerTest {

  @Test
  void producesServedMarketsFromConfiguration() {
    ServedMarketsProducer producer =
        new ServedMarketsProducer(List.of("ID", "MY", "US"), Optional.empty());
    assertThat(producer.servedMarkets().codes())
        .containsExactly(MarketCode.ID, MarketCode.MY, MarketCode.US);
    assertThat(producer.servedMarkets().require("US"))
        .isSameAs(producer.marketCatalog().of(MarketCode.US));
  }

  @Test
  void blankHolidaysDirectoryMeansBundledLists() {
    ServedMarketsProducer producer = new ServedMarketsProducer(List.of("SG"), Optional.of(" "));
    assertThat(producer.servedMarkets().require("SG").calendar().coversYear(2025)).isTrue();
  }

  @Test
  void holidaysDirectoryOverridesLists(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("VN.txt"), "2027-02-05 Lunar New Year (Tet)\n");
    ServedMarketsProducer producer =
        new ServedMarketsProducer(List.of("VN"), Optional.of(dir.toString()));
    BusinessCalendar vn = producer.servedMarkets().require("VN").calendar();
    assertThat(vn.isBusinessDay(LocalDate.of(2027, 2, 5))).isFalse();
  }

  @Test
  void emptyMarketListStopsStartUp() {
    assertThatThrownBy(() -> new ServedMarketsProducer(List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
