package com.shopwarden.contracts.enforcement;

import com.shopwarden.contracts.AccountEvent;
import com.shopwarden.contracts.DecisionMode;
import java.time.Instant;
import java.util.List;

/**
 * An event in the life of one restrictive measure (an "action"): applied, expired or reversed. All
 * three carry the whole measure, so a consumer that missed the first still knows what ended.
 */
public interface MeasureEvent extends AccountEvent {

  /** The measure's id in enforcement. */
  String actionId();

  /**
   * The violations the measure answers; empty for a measure a health milestone triggered, which
   * answers no single violation.
   */
  List<String> violationKeys();

  /** What the measure restricts. */
  MeasureType type();

  /** When the measure takes effect. */
  Instant startsAt();

  /** When it ends by its own duration; {@code null} when it is indefinite. */
  Instant endsAt();

  /**
   * Violation points the measure's violations carry under the penalty policy, at least 0; always 0
   * for milestone measures, so that points never feed back into more points.
   */
  int points();

  /** Who decided the measure. */
  DecisionMode decidedBy();

  /**
   * The statement of reasons' platform unique id (the DSA Transparency Database {@code puid});
   * {@code null} where no statement is filed (e.g. outside the EU).
   */
  String statementPuid();
}
