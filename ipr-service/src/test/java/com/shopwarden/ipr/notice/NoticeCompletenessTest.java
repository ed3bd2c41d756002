package com.shopwarden.ipr.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.ipr.notice.NoticeCompleteness.Assessment;
import com.shopwarden.market.MarketCatalog;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Completeness per regime, with each missing element on its own. */
class NoticeCompletenessTest {

  private static final MarketCatalog CATALOG = MarketCatalog.bundled();

  @Test
  void marketsHaveTheirRegimes() {
    assertThat(NoticeRegime.of(CATALOG.of("US"))).isEqualTo(NoticeRegime.US_DMCA);
    assertThat(NoticeRegime.of(CATALOG.of("DE"))).isEqualTo(NoticeRegime.EU_DSA);
    assertThat(NoticeRegime.of(CATALOG.of("ID"))).isEqualTo(NoticeRegime.MARKETPLACE_TERMS);
    assertThat(NoticeRegime.of(CATALOG.of("MY"))).isEqualTo(NoticeRegime.MARKETPLACE_TERMS);
  }

  @Test
  void theDmcaNeedsTheSixElementsOf512c3() {
    assertThat(NoticeRegime.US_DMCA.required())
        .containsExactlyInAnyOrder(
            NoticeElement.SIGNATURE,
            NoticeElement.WORK_IDENTIFIED,
            NoticeElement.MATERIAL_IDENTIFIED,
            NoticeElement.MATERIAL_LOCATION,
            NoticeElement.NOTIFIER_ADDRESS,
            NoticeElement.NOTIFIER_PHONE,
            NoticeElement.NOTIFIER_EMAIL,
            NoticeElement.GOOD_FAITH_STATEMENT,
            NoticeElement.ACCURACY_AND_AUTHORITY_STATEMENT);
    assertThat(NoticeRegime.EU_DSA.required())
        .contains(
            NoticeElement.EXPLANATION,
            NoticeElement.MATERIAL_LOCATION,
            NoticeElement.NOTIFIER_NAME,
            NoticeElement.NOTIFIER_EMAIL,
            NoticeElement.GOOD_FAITH_STATEMENT)
        .doesNotContain(NoticeElement.SIGNATURE);
    assertThat(NoticeRegime.MARKETPLACE_TERMS.required()).contains(NoticeElement.REGISTERED_ASSET);
  }

  @ParameterizedTest
  @EnumSource(NoticeRegime.class)
  void aCompleteNoticeIsComplete(NoticeRegime regime) {
    Assessment assessment =
        NoticeCompleteness.assess(regime, EnumSet.allOf(NoticeElement.class), true);
    assertThat(assessment.complete()).isTrue();
    assertThat(assessment.identifiable()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(NoticeRegime.class)
  void eachMissingElementIsNamed(NoticeRegime regime) {
    for (NoticeElement element : regime.required()) {
      Set<NoticeElement> present = EnumSet.allOf(NoticeElement.class);
      present.remove(element);
      if (element == NoticeElement.MATERIAL_IDENTIFIED) {
        // No item at all means no item has a location either.
        present.remove(NoticeElement.MATERIAL_LOCATION);
      }
      Assessment assessment = NoticeCompleteness.assess(regime, present, true);
      assertThat(assessment.missing()).as("%s without %s", regime, element).contains(element);
      boolean essential =
          element == NoticeElement.WORK_IDENTIFIED || element == NoticeElement.MATERIAL_IDENTIFIED;
      assertThat(assessment.identifiable())
          .as("%s without %s", regime, element)
          .isEqualTo(!essential);
    }
  }

  @ParameterizedTest
  @EnumSource(NoticeRegime.class)
  void noWayToReachTheNotifierCannotBeCompleted(NoticeRegime regime) {
    Set<NoticeElement> present = EnumSet.allOf(NoticeElement.class);
    present.removeAll(
        EnumSet.of(
            NoticeElement.NOTIFIER_ADDRESS,
            NoticeElement.NOTIFIER_EMAIL,
            NoticeElement.NOTIFIER_PHONE));
    Assessment assessment = NoticeCompleteness.assess(regime, present, false);
    assertThat(assessment.identifiable()).isFalse();
    assertThat(assessment.missing()).isNotEmpty();
  }

  @Test
  void elementsOutsideTheRegimeAreNotAskedFor() {
    Set<NoticeElement> present = EnumSet.allOf(NoticeElement.class);
    present.remove(NoticeElement.SIGNATURE);
    present.remove(NoticeElement.REGISTERED_ASSET);
    assertThat(NoticeCompleteness.assess(NoticeRegime.EU_DSA, present, true).complete()).isTrue();
  }
}
