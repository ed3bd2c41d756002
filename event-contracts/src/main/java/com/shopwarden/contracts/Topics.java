package com.shopwarden.contracts;

import java.util.List;

/**
 * Logical Kafka topic names. A deployment may prefix them; the dead-letter rule holds for the
 * prefixed name too.
 */
public final class Topics {

  /** {@code ViolationConfirmed}, {@code ContentCleared}. */
  public static final String MODERATION_DECISIONS = "moderation.decisions";

  /** {@code StrategyRolledBack}. */
  public static final String MODERATION_ALERTS = "moderation.alerts";

  /**
   * {@code NoticeUpheld}, {@code ContentRestoreDue}, {@code RepeatInfringerThresholdReached},
   * {@code NoticeRetracted}.
   */
  public static final String IPR_NOTICES = "ipr.notices";

  /** {@code ProtectionAssetPublished}, {@code ProtectionAssetWithdrawn}. */
  public static final String IPR_PROTECTION_ASSETS = "ipr.protection-assets";

  /**
   * {@code ActionApplied}, {@code ActionExpired}, {@code ActionReversed}, {@code AppealDecided}.
   */
  public static final String ENFORCEMENT_ACTIONS = "enforcement.actions";

  /** {@code StatementInvalid}. */
  public static final String ENFORCEMENT_ALERTS = "enforcement.alerts";

  /**
   * {@code HealthChanged}, {@code PrivilegesChanged}, {@code TrendAlertRaised}, {@code
   * TrendAlertClosed}.
   */
  public static final String ACCOUNT_HEALTH = "account.health";

  /** {@code CommerceSignal}, published by the marketplace's platforms. */
  public static final String COMMERCE_SIGNALS = "commerce.signals";

  /** {@code NotificationRequested}, consumed by the marketplace's messaging platform. */
  public static final String NOTIFICATIONS_REQUESTS = "notifications.requests";

  private static final String DEAD_LETTER_SUFFIX = ".dlq";

  private static final List<String> ALL =
      List.of(
          MODERATION_DECISIONS,
          MODERATION_ALERTS,
          IPR_NOTICES,
          IPR_PROTECTION_ASSETS,
          ENFORCEMENT_ACTIONS,
          ENFORCEMENT_ALERTS,
          ACCOUNT_HEALTH,
          COMMERCE_SIGNALS,
          NOTIFICATIONS_REQUESTS);

  private Topics() {}

  /** Every logical topic, in the order of the architecture's event table. */
  public static List<String> all() {
    return ALL;
  }

  /**
   * The dead-letter topic of a consumed topic, {@code <topic>.dlq}, which holds its poison messages
   * with the reason in headers.
   *
   * @throws IllegalArgumentException for a blank name or a name that is already a dead-letter topic
   */
  public static String deadLetterOf(String topic) {
    if (topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("topic must not be blank");
    }
    if (topic.endsWith(DEAD_LETTER_SUFFIX)) {
      // Dead letters are not consumed by a failing consumer, so they have no dead-letter topic.
      throw new IllegalArgumentException(topic + " is already a dead-letter topic");
    }
    return topic + DEAD_LETTER_SUFFIX;
  }
}
