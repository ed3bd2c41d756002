package com.shopwarden.ipr.notice;

/** An element a notice may need, with the request field that carries it. */
public enum NoticeElement {
  /** DMCA 512(c)(3)(A)(i): physical or electronic signature of an authorised person. */
  SIGNATURE("signature"),
  /** DMCA (ii) / DSA (a): the work or right claimed infringed (a cited asset or a description). */
  WORK_IDENTIFIED("assetIds"),
  /** Marketplace list: proof of ownership by a registered, verified asset. */
  REGISTERED_ASSET("assetIds"),
  /** DMCA (iii) / DSA (b): the infringing material. */
  MATERIAL_IDENTIFIED("items"),
  /** DMCA (iii) / DSA (b): the exact electronic location (URL) of each item. */
  MATERIAL_LOCATION("items[].location"),
  /** DSA (c), marketplace list: the notifier's name. */
  NOTIFIER_NAME("contact.name"),
  /** DMCA (iv): the notifier's address. */
  NOTIFIER_ADDRESS("contact.address"),
  /** DMCA (iv): the notifier's telephone number. */
  NOTIFIER_PHONE("contact.phone"),
  /** DMCA (iv) / DSA (c): the notifier's email. */
  NOTIFIER_EMAIL("contact.email"),
  /** DMCA (v) / DSA (d): good-faith belief that the use is unauthorised / the notice accurate. */
  GOOD_FAITH_STATEMENT("goodFaithStatement"),
  /** DMCA (vi): accuracy, and authority under penalty of perjury. */
  ACCURACY_AND_AUTHORITY_STATEMENT("accuracyStatement"),
  /** DSA (a), marketplace list: a substantiated explanation why the content infringes. */
  EXPLANATION("explanation");

  private final String field;

  NoticeElement(String field) {
    this.field = field;
  }

  /** The request field that carries the element. */
  public String field() {
    return field;
  }
}
