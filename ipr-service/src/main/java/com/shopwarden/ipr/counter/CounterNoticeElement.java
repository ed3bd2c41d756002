package com.shopwarden.ipr.counter;

import static java.util.EnumSet.of;

import com.shopwarden.ipr.notice.NoticeRegime;
import java.util.Set;

/** An element a counter-notice may need, with the request field that carries it. */
public enum CounterNoticeElement {
  /** DMCA 512(g)(3)(A). */
  SIGNATURE("signature"),
  /** DMCA 512(g)(3)(B): the removed material and where it was. */
  MATERIAL_AND_LOCATION("materialLocation"),
  /** DMCA 512(g)(3)(C): good-faith belief, under penalty of perjury, in mistake. */
  GOOD_FAITH_MISTAKE_STATEMENT("goodFaithMistakeStatement"),
  /** DMCA 512(g)(3)(D). */
  NAME("contact.name"),
  ADDRESS("contact.address"),
  PHONE("contact.phone"),
  EMAIL("contact.email"),
  /** DMCA 512(g)(3)(D): consent to the Federal District Court's jurisdiction. */
  CONSENT_TO_JURISDICTION("consentToJurisdiction"),
  /** DMCA 512(g)(3)(D): acceptance of service of process from the notifier. */
  ACCEPTANCE_OF_SERVICE("acceptsServiceOfProcess"),
  /** DSA and marketplace forms: why the removal was a mistake. */
  EXPLANATION("explanation");

  private final String field;

  CounterNoticeElement(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }

  /**
   * The elements the regime's law requires of a counter-notice; a market's pack must ask for at
   * least these. Outside the DMCA no statute names them: the floor is that the counter-notice
   * identifies the material, and the pack adds the marketplace's list.
   */
  public static Set<CounterNoticeElement> statutory(NoticeRegime regime) {
    return switch (regime) {
      case US_DMCA ->
          of(
              SIGNATURE,
              MATERIAL_AND_LOCATION,
              GOOD_FAITH_MISTAKE_STATEMENT,
              NAME,
              ADDRESS,
              PHONE,
              CONSENT_TO_JURISDICTION,
              ACCEPTANCE_OF_SERVICE);
      case EU_DSA, MARKETPLACE_TERMS -> of(MATERIAL_AND_LOCATION);
    };
  }
}
