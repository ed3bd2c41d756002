package com.shopwarden.contracts;

import java.time.LocalDate;

/**
 * The facts of a confirmed violation that enforcement turns into a violation record, points and a
 * proportionate measure, whichever service confirmed it: moderation ({@code ViolationConfirmed}) or
 * IP-rights protection ({@code NoticeUpheld}).
 */
public interface ConfirmedViolation extends AccountEvent {

  /**
   * Idempotency key of the violation, built by the producer from source, subject id, content
   * version and policy: the same key never makes two violations.
   */
  String violationKey();

  /** The content item that violates. */
  String contentId();

  /** The version of the content item that was judged (1 for the first). */
  int contentVersion();

  /** What kind of content it is. */
  ContentKind contentKind();

  /** The day the content was published or last changed (the statement of reasons' content_date). */
  LocalDate contentDate();

  /** ISO 639-1 code of the content's language, lower case; {@code null} when it has none. */
  String language();

  /** The code of the violated policy in the market's policy pack. */
  String policyCode();

  /** How grave the violation is. */
  Severity severity();

  /** How the violation was found. */
  Detection detection();

  /** Who decided that it is a violation. */
  DecisionMode decision();

  /** What set the decision in motion. */
  ViolationSource source();

  /** The listing's EAN-13 (GTIN-13), for product listings that have one; {@code null} otherwise. */
  String ean();
}
