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
import static com.shopwarden.ipr.notice.NoticeElement.REGISTERED_ASSET;
import static com.shopwarden.ipr.notice.NoticeElement.SIGNATURE;
import static com.shopwarden.ipr.notice.NoticeElement.WORK_IDENTIFIED;

import com.shopwarden.market.LegalRegime;
import com.shopwarden.market.Market;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Which elements a notice needs, by the market's regime (DOMAIN.md sections 1, 2 and 4). */
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
  /** The marketplace's own complaint form (IP protection centre: contacts, proof, link). */
  MARKETPLACE_TERMS(
      EnumSet.of(
          NOTIFIER_NAME,
          NOTIFIER_EMAIL,
          WORK_IDENTIFIED,
          REGISTERED_ASSET,
          MATERIAL_IDENTIFIED,
          MATERIAL_LOCATION,
          EXPLANATION,
          GOOD_FAITH_STATEMENT));

  private final Set<NoticeElement> required;

  NoticeRegime(Set<NoticeElement> required) {
    this.required = Collections.unmodifiableSet(required);
  }

  /** The elements a complete notice holds. */
  public Set<NoticeElement> required() {
    return required;
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
