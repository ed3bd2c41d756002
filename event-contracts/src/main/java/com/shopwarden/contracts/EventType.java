package com.shopwarden.contracts;

import com.shopwarden.contracts.commerce.CommerceSignal;
import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.ActionExpired;
import com.shopwarden.contracts.enforcement.ActionReversed;
import com.shopwarden.contracts.enforcement.AppealDecided;
import com.shopwarden.contracts.enforcement.StatementInvalid;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.PrivilegesChanged;
import com.shopwarden.contracts.health.TrendAlertClosed;
import com.shopwarden.contracts.health.TrendAlertRaised;
import com.shopwarden.contracts.ipr.ContentRestoreDue;
import com.shopwarden.contracts.ipr.NoticeRetracted;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.contracts.ipr.ProtectionAssetWithdrawn;
import com.shopwarden.contracts.ipr.RepeatInfringerThresholdReached;
import com.shopwarden.contracts.moderation.ContentCleared;
import com.shopwarden.contracts.moderation.StrategyRolledBack;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.contracts.notification.NotificationRequested;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Every event of the suite with its CloudEvents type, topic, record class and JSON Schema. The
 * CloudEvents type names the producer and the contract version ({@code .v1}); an incompatible
 * change is a new type with its own record and schema, published beside the old one.
 */
public enum EventType {
  VIOLATION_CONFIRMED(
      "com.shopwarden.moderation.ViolationConfirmed.v1",
      Topics.MODERATION_DECISIONS,
      ViolationConfirmed.class),
  CONTENT_CLEARED(
      "com.shopwarden.moderation.ContentCleared.v1",
      Topics.MODERATION_DECISIONS,
      ContentCleared.class),
  STRATEGY_ROLLED_BACK(
      "com.shopwarden.moderation.StrategyRolledBack.v1",
      Topics.MODERATION_ALERTS,
      StrategyRolledBack.class),
  NOTICE_UPHELD("com.shopwarden.ipr.NoticeUpheld.v1", Topics.IPR_NOTICES, NoticeUpheld.class),
  CONTENT_RESTORE_DUE(
      "com.shopwarden.ipr.ContentRestoreDue.v1", Topics.IPR_NOTICES, ContentRestoreDue.class),
  REPEAT_INFRINGER_THRESHOLD_REACHED(
      "com.shopwarden.ipr.RepeatInfringerThresholdReached.v1",
      Topics.IPR_NOTICES,
      RepeatInfringerThresholdReached.class),
  NOTICE_RETRACTED(
      "com.shopwarden.ipr.NoticeRetracted.v1", Topics.IPR_NOTICES, NoticeRetracted.class),
  PROTECTION_ASSET_PUBLISHED(
      "com.shopwarden.ipr.ProtectionAssetPublished.v1",
      Topics.IPR_PROTECTION_ASSETS,
      ProtectionAssetPublished.class),
  PROTECTION_ASSET_WITHDRAWN(
      "com.shopwarden.ipr.ProtectionAssetWithdrawn.v1",
      Topics.IPR_PROTECTION_ASSETS,
      ProtectionAssetWithdrawn.class),
  ACTION_APPLIED(
      "com.shopwarden.enforcement.ActionApplied.v1",
      Topics.ENFORCEMENT_ACTIONS,
      ActionApplied.class),
  ACTION_EXPIRED(
      "com.shopwarden.enforcement.ActionExpired.v1",
      Topics.ENFORCEMENT_ACTIONS,
      ActionExpired.class),
  ACTION_REVERSED(
      "com.shopwarden.enforcement.ActionReversed.v1",
      Topics.ENFORCEMENT_ACTIONS,
      ActionReversed.class),
  APPEAL_DECIDED(
      "com.shopwarden.enforcement.AppealDecided.v1",
      Topics.ENFORCEMENT_ACTIONS,
      AppealDecided.class),
  STATEMENT_INVALID(
      "com.shopwarden.enforcement.StatementInvalid.v1",
      Topics.ENFORCEMENT_ALERTS,
      StatementInvalid.class),
  HEALTH_CHANGED(
      "com.shopwarden.health.HealthChanged.v1", Topics.ACCOUNT_HEALTH, HealthChanged.class),
  PRIVILEGES_CHANGED(
      "com.shopwarden.health.PrivilegesChanged.v1", Topics.ACCOUNT_HEALTH, PrivilegesChanged.class),
  TREND_ALERT_RAISED(
      "com.shopwarden.health.TrendAlertRaised.v1", Topics.ACCOUNT_HEALTH, TrendAlertRaised.class),
  TREND_ALERT_CLOSED(
      "com.shopwarden.health.TrendAlertClosed.v1", Topics.ACCOUNT_HEALTH, TrendAlertClosed.class),
  COMMERCE_SIGNAL(
      "com.shopwarden.commerce.CommerceSignal.v1", Topics.COMMERCE_SIGNALS, CommerceSignal.class),
  NOTIFICATION_REQUESTED(
      "com.shopwarden.notification.NotificationRequested.v1",
      Topics.NOTIFICATIONS_REQUESTS,
      NotificationRequested.class);

  private final String ceType;
  private final String topic;
  private final Class<? extends DomainEvent> recordClass;

  EventType(String ceType, String topic, Class<? extends DomainEvent> recordClass) {
    this.ceType = ceType;
    this.topic = topic;
    this.recordClass = recordClass;
  }

  /** The CloudEvents {@code type} (header {@code ce_type}). */
  public String ceType() {
    return ceType;
  }

  /** The logical topic the event is published on. */
  public String topic() {
    return topic;
  }

  /** The record that carries the payload. */
  public Class<? extends DomainEvent> recordClass() {
    return recordClass;
  }

  /** The event's short name, e.g. {@code ViolationConfirmed}. */
  public String eventName() {
    return recordClass.getSimpleName();
  }

  /** The contract version, the number after the last {@code .v} of the CloudEvents type. */
  public int version() {
    return Integer.parseInt(ceType.substring(ceType.lastIndexOf(".v") + 2));
  }

  /** Class-path location of the JSON Schema, e.g. {@code schemas/ViolationConfirmed.v1.json}. */
  public String schemaPath() {
    return "schemas/" + eventName() + ".v" + version() + ".json";
  }

  /**
   * Opens the JSON Schema (draft 2020-12) from this module's class path; the caller closes it.
   *
   * @throws UncheckedIOException if the schema is not on the class path
   */
  public InputStream openSchema() {
    InputStream schema = EventType.class.getClassLoader().getResourceAsStream(schemaPath());
    if (schema == null) {
      throw new UncheckedIOException(
          new FileNotFoundException(schemaPath() + " is not on the class path"));
    }
    return schema;
  }
}
