package com.shopwarden.ipr.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.ipr.notice.NoticeCompleteness.Assessment;
import com.shopwarden.ipr.pack.IprPack;
import com.shopwarden.ipr.pack.ShippedPacks;
import com.shopwarden.market.MarketCatalog;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Completeness per regime (the shipped packs of US, DE and ID), each missing element alone. */
class NoticeCompletenessTest {

  private static final MarketCatalog CATALOG = MarketCatalog.bundled();

  @Test
  void marketsHaveTheirRegimes() {
    assertThat(NoticeRegime.of(CATALOG.of("US"))).isEqualTo(NoticeRegime.US_DMCA);
    assertThat(NoticeRegime.of(CATALOG.of("DE"))).isEqualTo(NoticeRegime.EU_DSA);
    assertThat(NoticeRegime.of(CATALOG.of("ID"))).isEqualTo(NoticeRegime.MARKETPLACE_TERMS);
    assertThat(NoticeRegime.of(CATALOG.of("MY"))).isEqualTo(NoticeRegime.MARKETPLACE_TERMS);
    assertThat(NoticeRegime.of(CATALOG.of("GB"))).isEqualTo(NoticeRegime.MARKETPLACE_TERMS);
  }

  @Test
  void theDmcaNeedsTheSixElementsOf512c3() {
    Set<NoticeElement> dmca =
        EnumSet.of(
            NoticeElement.SIGNATURE,
            NoticeElement.WORK_IDENTIFIED,
            NoticeElement.MATERIAL_IDENTIFIED,
            NoticeElement.MATERIAL_LOCATION,
            NoticeElement.NOTIFIER_ADDRESS,
            NoticeElement.NOTIFIER_PHONE,
            NoticeElement.NOTIFIER_EMAIL,
            NoticeElement.GOOD_FAITH_STATEMENT,
            NoticeElement.ACCURACY_AND_AUTHORITY_STATEMENT);
    assertThat(NoticeRegime.US_DMCA.statutory()).isEqualTo(dmca);
    assertThat(ShippedPacks.of("US").requiredNoticeElements()).isEqualTo(dmca);
    assertThat(ShippedPacks.of("DE").requiredNoticeElements())
        .containsAll(NoticeRegime.EU_DSA.statutory())
        .contains(
            NoticeElement.EXPLANATION,
            NoticeElement.MATERIAL_LOCATION,
            NoticeElement.NOTIFIER_NAME,
            NoticeElement.NOTIFIER_EMAIL,
            NoticeElement.GOOD_FAITH_STATEMENT)
        .doesNotContain(NoticeElement.SIGNATURE);
    assertThat(ShippedPacks.of("ID").requiredNoticeElements())
        .contains(NoticeElement.REGISTERED_ASSET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "DE", "ID"})
  void aCompleteNoticeIsComplete(String market) {
    Assessment assessment =
        NoticeCompleteness.assess(required(market), EnumSet.allOf(NoticeElement.class), true);
    assertThat(assessment.complete()).isTrue();
    assertThat(assessment.identifiable()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "DE", "ID"})
  void eachMissingElementIsNamed(String market) {
    for (NoticeElement element : required(market)) {
      Set<NoticeElement> present = EnumSet.allOf(NoticeElement.class);
      present.remove(element);
      if (element == NoticeElement.MATERIAL_IDENTIFIED) {
        // No item at all means no item has a location either.
        present.remove(NoticeElement.MATERIAL_LOCATION);
      }
      Assessment assessment = NoticeCompleteness.assess(required(market), present, true);
      assertThat(assessment.missing()).as("%s without %s", market, element).contains(element);
      boolean essential =
          element == NoticeElement.WORK_IDENTIFIED || element == NoticeElement.MATERIAL_IDENTIFIED;
      assertThat(assessment.identifiable())
          .as("%s without %s", market, element)
          .isEqualTo(!essential);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "DE", "ID"})
  void noWayToReachTheNotifierCannotBeCompleted(String market) {
    Set<NoticeElement> present = EnumSet.allOf(NoticeElement.class);
    present.removeAll(
        EnumSet.of(
            NoticeElement.NOTIFIER_ADDRESS,
            NoticeElement.NOTIFIER_EMAIL,
            NoticeElement.NOTIFIER_PHONE));
    Assessment assessment = NoticeCompleteness.assess(required(market), present, false);
    assertThat(assessment.identifiable()).isFalse();
    assertThat(assessment.missing()).isNotEmpty();
  }

  @Test
  void elementsOutsideTheRegimeAreNotAskedFor() {
    Set<NoticeElement> present = EnumSet.allOf(NoticeElement.class);
    present.remove(NoticeElement.SIGNATURE);
    present.remove(NoticeElement.REGISTERED_ASSET);
    assertThat(NoticeCompleteness.assess(required("DE"), present, true).complete()).isTrue();
  }

  private static Set<NoticeElement> required(String market) {
    IprPack pack = ShippedPacks.of(market);
    return pack.requiredNoticeElements();
  }
}
