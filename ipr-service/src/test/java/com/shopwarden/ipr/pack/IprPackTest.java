package com.shopwarden.ipr.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopwarden.ipr.counter.CounterNoticeElement;
import com.shopwarden.ipr.notice.NoticeElement;
import com.shopwarden.ipr.notice.NoticeRegime;
import com.shopwarden.market.Market;
import com.shopwarden.market.MarketCatalog;
import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped IPR packs load for every market, and a pack below the law stops the service. */
class IprPackTest {

  private static final MarketCatalog CATALOG = ShippedPacks.CATALOG;
  private static final Market US = CATALOG.of("US");
  private static final Market DE = CATALOG.of("DE");

  @Test
  void everyMarketHasAValidPackOfItsRegime() {
    assertThat(ShippedPacks.ALL).hasSize(MarketCode.values().length);
    ShippedPacks.ALL.forEach(
        (code, pack) -> {
          Market market = CATALOG.of(code.name());
          assertThat(pack.market()).isEqualTo(code.name());
          assertThat(pack.regime()).isEqualTo(NoticeRegime.of(market));
          assertThat(pack.requiredNoticeElements()).containsAll(pack.regime().statutory());
        });
    IprPack us = ShippedPacks.of("US");
    assertThat(us.restoreBusinessDays()).isEqualTo(10);
    assertThat(us.strikes().window()).isEqualTo(Duration.ofDays(90));
    assertThat(us.strikes().threshold()).isEqualTo(3);
    assertThat(us.filing().noticesPerHour()).isEqualTo(200);
    assertThat(us.reviewTime(true)).isEqualTo(Duration.ofHours(24));
    assertThat(us.reviewTime(false)).isEqualTo(Duration.ofHours(72));
    assertThat(ShippedPacks.of("DE").contestMonths()).isEqualTo(6);
    assertThat(ShippedPacks.of("ID").requiredCounterNoticeElements())
        .contains(
            CounterNoticeElement.CONSENT_TO_JURISDICTION,
            CounterNoticeElement.ACCEPTANCE_OF_SERVICE);
  }

  @Test
  void aDmcaPackCannotDropAStatutoryElement() {
    IprPack us = ShippedPacks.of("US");
    List<NoticeElement> without = new ArrayList<>(us.noticeElements());
    without.remove(NoticeElement.NOTIFIER_PHONE);
    assertRefused(
        copy(us, without, us.counterNoticeElements(), 10, 6),
        US,
        "noticeElements",
        "NOTIFIER_PHONE");
    List<CounterNoticeElement> noConsent = new ArrayList<>(us.counterNoticeElements());
    noConsent.remove(CounterNoticeElement.CONSENT_TO_JURISDICTION);
    assertRefused(
        copy(us, us.noticeElements(), noConsent, 10, 6),
        US,
        "counterNoticeElements",
        "CONSENT_TO_JURISDICTION");
  }

  @Test
  void aDmcaPackRestoresBetweenTheTenthAndFourteenthBusinessDay() {
    IprPack us = ShippedPacks.of("US");
    assertRefused(
        copy(us, us.noticeElements(), us.counterNoticeElements(), 9, 6),
        US,
        "restoreBusinessDays",
        "10th and 14th");
    assertRefused(
        copy(us, us.noticeElements(), us.counterNoticeElements(), 15, 6),
        US,
        "restoreBusinessDays",
        "15");
    assertThat(
            IprPacks.check(copy(us, us.noticeElements(), us.counterNoticeElements(), 14, 6), US)
                .restoreBusinessDays())
        .isEqualTo(14);
  }

  @Test
  void anEuPackKeepsTheSixMonthComplaintWindowAndItsRegime() {
    IprPack de = ShippedPacks.of("DE");
    assertRefused(
        copy(de, de.noticeElements(), de.counterNoticeElements(), 10, 5),
        DE,
        "contestMonths",
        "at least 6");
    // The DE pack mounted for the US market: the regimes disagree.
    assertRefused(ShippedPacks.of("US"), DE, "market", "US");
  }

  @Test
  void contactDataIsKeptAtLeastForTheContestWindow() {
    IprPack de = ShippedPacks.of("DE");
    IprPack shortRetention =
        new IprPack(
            de.market(),
            de.version(),
            de.note(),
            de.regime(),
            de.noticeElements(),
            de.counterNoticeElements(),
            de.policyCode(),
            de.defaultSeverity(),
            de.review(),
            de.restoreBusinessDays(),
            de.contestMonths(),
            de.strikes(),
            de.misuse(),
            de.filing(),
            Duration.ofDays(30));
    assertRefused(shortRetention, DE, "contactRetention", "contest window");
  }

  @Test
  void theTestDeploymentsMountedUsPackDiffersOnlyInItsFilingLimit() {
    Map<MarketCode, IprPack> mounted =
        IprPacks.load(
            ServedMarkets.of(CATALOG, List.of("US", "DE")),
            Optional.of(Path.of("src/test/packs")),
            ShippedPacks.MAPPER);
    IprPack test = mounted.get(MarketCode.US);
    IprPack shipped = ShippedPacks.of("US");
    assertThat(test.filing().noticesPerHour()).isEqualTo(12);
    assertThat(test)
        .usingRecursiveComparison()
        .ignoringFields("filing", "version", "note")
        .isEqualTo(shipped);
    // Markets without a mounted file keep the shipped pack.
    assertThat(mounted.get(MarketCode.DE)).isEqualTo(ShippedPacks.of("DE"));
  }

  @Test
  void aFlatConfigMapFileIsReadLikeTheDirectoryTree(@TempDir Path dir) throws IOException {
    Files.copy(Path.of("src/test/packs/US/ipr.json"), dir.resolve("US.ipr.json"));

    Map<MarketCode, IprPack> mounted =
        IprPacks.load(
            ServedMarkets.of(CATALOG, List.of("US", "DE")), Optional.of(dir), ShippedPacks.MAPPER);

    assertThat(mounted.get(MarketCode.US).filing().noticesPerHour()).isEqualTo(12);
    assertThat(ShippedPacks.of("US").filing().noticesPerHour()).isNotEqualTo(12);
    assertThat(mounted.get(MarketCode.DE)).isEqualTo(ShippedPacks.of("DE"));
  }

  private static IprPack copy(
      IprPack p,
      List<NoticeElement> notice,
      List<CounterNoticeElement> counter,
      int restoreDays,
      int contestMonths) {
    return new IprPack(
        p.market(),
        p.version(),
        p.note(),
        p.regime(),
        notice,
        counter,
        p.policyCode(),
        p.defaultSeverity(),
        p.review(),
        restoreDays,
        contestMonths,
        p.strikes(),
        p.misuse(),
        p.filing(),
        p.contactRetention());
  }

  private static void assertRefused(IprPack pack, Market market, String field, String detail) {
    assertThatThrownBy(() -> IprPacks.check(pack, market))
        .isInstanceOf(InvalidIprPackException.class)
        .hasMessageContaining(market.code().name())
        .hasMessageContaining(field)
        .hasMessageContaining(detail);
  }
}
