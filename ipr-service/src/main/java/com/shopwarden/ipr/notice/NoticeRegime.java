package com.shopwarden.ipr.notice;

import static com.shopwarden.ipr.notice.NoticeElement.ACCURACY_AND_AUTHORITY_STATEMENT;
import static com.shopwarden.ipr.notice.NoticeElement.EXPLANATION;
import static com.shopwarden.ipr.notice.NoticeElement.GOOD_FAITH_STATEMENT;
import static com.shopwarden.ipr.notice.NoticeElement.MATERIAL_IDENTIFIED;
import static com.shopwarden.ipr.notice.NoticeElement.MATERIAL_LOCATION;
import static com.shopwarden.ipr.notice.NoticeElement.NOTIFIER_ADDRESS;
import static com.shopwarden.ipr.notice.NoticeElement.NOTIFIER_EMAIL;
import static com.shopwarden.ipr.notice.NoticeElement.NOTIFIER_NAME;
import static com.shopwarden.ipr.notice.NoticeElement.NOTIFIER_PHONE;
import static com.shopwarden.ipr.notice.NoticeElement.SIGNATURE;
import static com.shopwarden.ipr.notice.NoticeElement.WORK_IDENTIFIED;

import com.shopwarden.market.LegalRegime;
import com.shopwarden.market.Market;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The notice regime of a market and the elements its law requires (DOMAIN.md sections 1, 2 and 4).
 * The list a notice is judged by is the market's IPR pack; the pack may ask for more than the law
 * names here, never for less.
 */
public enum NoticeRegime {
  /** 17 U.S.C. 512(c)(3)(A)(i)-(vi). */
  US_DMCA(
      EnumSet.of(
          SIGNATURE,
          WORK_IDENTIFIED,
          MATERIAL_IDENTIFIED,
          MATERIAL_LOCATION,
          NOTIFIER_ADDRESS,
          NOTIFIER_PHONE,
          NOTIFIER_EMAIL,
          GOOD_FAITH_STATEMENT,
          ACCURACY_AND_AUTHORITY_STATEMENT)),
  /** DSA Art. 16(2)(a)-(d), for an IP notice that also names the work. */
  EU_DSA(
      EnumSet.of(
          EXPLANATION,
          WORK_IDENTIFIED,
          MATERIAL_IDENTIFIED,
          MATERIAL_LOCATION,
          NOTIFIER_NAME,
          NOTIFIER_EMAIL,
          GOOD_FAITH_STATEMENT)),
  /**
   * The marketplace's own complaint form: no statute names its elements, so the floor is what any
   * notice needs to be acted on (the work, the material and where it is); the pack adds the rest.
   */
  MARKETPLACE_TERMS(EnumSet.of(WORK_IDENTIFIED, MATERIAL_IDENTIFIED, MATERIAL_LOCATION));

  private final Set<NoticeElement> statutory;

  NoticeRegime(Set<NoticeElement> statutory) {
    this.statutory = Collections.unmodifiableSet(statutory);
  }

  /** The elements the regime's law requires; a market's pack must ask for at least these. */
  public Set<NoticeElement> statutory() {
    return statutory;
  }

  /** The regime of a market: the DMCA in US markets, the DSA in the EEA, else the marketplace's. */
  public static NoticeRegime of(Market market) {
    if (market.isSubjectTo(LegalRegime.US_DMCA)) {
      return US_DMCA;
    }
    if (market.isSubjectTo(LegalRegime.EU_DSA)) {
      return EU_DSA;
    }
    return MARKETPLACE_TERMS;
  }
}
