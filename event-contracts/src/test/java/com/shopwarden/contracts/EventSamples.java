package com.shopwarden.contracts;

import com.shopwarden.contracts.commerce.CommerceSignal;
import com.shopwarden.contracts.commerce.CommerceSignalKind;
import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.ActionExpired;
import com.shopwarden.contracts.enforcement.ActionReversed;
import com.shopwarden.contracts.enforcement.AppealDecided;
import com.shopwarden.contracts.enforcement.AppealOutcome;
import com.shopwarden.contracts.enforcement.FailedField;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.enforcement.ReversalReason;
import com.shopwarden.contracts.enforcement.StatementInvalid;
import com.shopwarden.contracts.health.ActiveRestriction;
import com.shopwarden.contracts.health.Direction;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.MilestoneCrossing;
import com.shopwarden.contracts.health.Privileges;
import com.shopwarden.contracts.health.PrivilegesChanged;
import com.shopwarden.contracts.health.Tier;
import com.shopwarden.contracts.health.TrendAlertClosed;
import com.shopwarden.contracts.health.TrendAlertRaised;
import com.shopwarden.contracts.health.TrendFigures;
import com.shopwarden.contracts.ipr.AssetKind;
import com.shopwarden.contracts.ipr.ContentRestoreDue;
import com.shopwarden.contracts.ipr.NoticeRetracted;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.contracts.ipr.ProtectionAssetWithdrawn;
import com.shopwarden.contracts.ipr.RepeatInfringerThresholdReached;
import com.shopwarden.contracts.moderation.ContentCleared;
import com.shopwarden.contracts.moderation.StrategyQualityFigures;
import com.shopwarden.contracts.moderation.StrategyRolledBack;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.contracts.notification.NotificationRequested;
import com.shopwarden.contracts.notification.Recipient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One realistic event per {@link EventType}: an Indonesian creator whose video sells a counterfeit
 * bag, the rights holder's notice, the measure, the appeal, the health consequences.
 */
final class EventSamples {

  static final String CREATOR = "acc-cr-7Q2M9";
  static final String SELLER = "acc-se-41KX8";
  static final Instant AT = Instant.parse("2025-03-14T09:26:53.589Z");
  private static final String PDQ =
      "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

  private EventSamples() {}

  /** The sample of each type, in the order of {@link EventTypes#all()}. */
  static Map<EventType, DomainEvent> all() {
    Map<EventType, DomainEvent> samples = new LinkedHashMap<>();
    for (EventType type : EventTypes.all()) {
      samples.put(type, of(type));
    }
    return samples;
  }

  /** The sample of one type; the switch has no default, so a new type fails to compile here. */
  static DomainEvent of(EventType type) {
    return switch (type) {
      case VIOLATION_CONFIRMED -> violationConfirmed();
      case CONTENT_CLEARED ->
          new ContentCleared(id(2), "ID", AT, CREATOR, AccountType.CREATOR, "vid-88120455", 2);
      case STRATEGY_ROLLED_BACK ->
          new StrategyRolledBack(
              id(3),
              "ID",
              AT,
              "strat-counterfeit-logo",
              7,
              "OVERTURN_RATE_ABOVE_CEILING",
              new StrategyQualityFigures(1240, 186, 0.81, null, 0.15));
      case NOTICE_UPHELD -> noticeUpheld();
      case CONTENT_RESTORE_DUE ->
          new ContentRestoreDue(
              id(5),
              "US",
              AT,
              "ntc-2025-000318",
              "lst-5530021",
              "ARTICLE_16:lst-5530021:v1:IP_TRADEMARK",
              SELLER,
              AccountType.SELLER);
      case REPEAT_INFRINGER_THRESHOLD_REACHED ->
          new RepeatInfringerThresholdReached(
              id(6),
              "US",
              AT,
              SELLER,
              AccountType.SELLER,
              3,
              new TimeWindow(AT.minus(Duration.ofDays(90)), AT),
              List.of("ARTICLE_16:vid-88120455:v2:IP_TRADEMARK"));
      case NOTICE_RETRACTED ->
          new NoticeRetracted(
              id(7),
              "ID",
              AT,
              "ntc-2025-000412",
              CREATOR,
              AccountType.CREATOR,
              List.of("ARTICLE_16:vid-88120455:v2:IP_TRADEMARK"));
      case PROTECTION_ASSET_PUBLISHED ->
          new ProtectionAssetPublished(
              id(8),
              "ID",
              AT,
              "ast-tm-00921",
              "org-luxe-maison",
              AssetKind.TRADEMARK,
              "LUXE MAISON",
              List.of(PDQ),
              List.of("ID", "MY", "TH"),
              List.of(92));
      case PROTECTION_ASSET_WITHDRAWN ->
          new ProtectionAssetWithdrawn(
              id(9),
              "ID",
              AT,
              "ast-cr-00133",
              "org-luxe-maison",
              AssetKind.COPYRIGHT,
              null,
              List.of(PDQ),
              List.of("ID"));
      case ACTION_APPLIED ->
          new ActionApplied(
              id(10),
              "ID",
              AT,
              "act-551902",
              List.of("ARTICLE_16:vid-88120455:v2:IP_TRADEMARK"),
              CREATOR,
              AccountType.CREATOR,
              MeasureType.REMOVE_CONTENT,
              AT,
              null,
              12,
              DecisionMode.HUMAN,
              null,
              "IP_TRADEMARK",
              Severity.MEDIUM);
      case ACTION_EXPIRED ->
          new ActionExpired(
              id(11),
              "ID",
              AT,
              "act-551877",
              List.of(),
              SELLER,
              AccountType.SELLER,
              MeasureType.RESTRICT_CAMPAIGNS,
              AT.minus(Duration.ofDays(7)),
              AT,
              0,
              DecisionMode.AUTOMATED,
              null);
      case ACTION_REVERSED ->
          new ActionReversed(
              id(12),
              "DE",
              AT,
              "act-551904",
              List.of("VOLUNTARY:vid-90011234:v1:MISLEADING_CLAIMS"),
              CREATOR,
              AccountType.CREATOR,
              MeasureType.LIMIT_VISIBILITY,
              AT.minus(Duration.ofDays(3)),
              AT.plus(Duration.ofDays(27)),
              4,
              DecisionMode.AUTOMATED,
              ReversalReason.APPEAL_OVERTURNED,
              "sw-de-sor-000004412");
      case APPEAL_DECIDED ->
          new AppealDecided(
              id(13),
              "DE",
              AT,
              "apl-20931",
              "act-551904",
              List.of("VOLUNTARY:vid-90011234:v1:MISLEADING_CLAIMS"),
              CREATOR,
              AccountType.CREATOR,
              AppealOutcome.OVERTURNED,
              "strat-health-claims",
              3);
      case STATEMENT_INVALID ->
          new StatementInvalid(
              id(14),
              "DE",
              AT,
              "act-551911",
              List.of(
                  new FailedField(
                      "category", "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS is retired"),
                  new FailedField("territorial_scope", "GB is not an EEA country")));
      case HEALTH_CHANGED ->
          new HealthChanged(
              id(15),
              "ID",
              AT,
              CREATOR,
              AccountType.CREATOR,
              Tier.AT_RISK,
              14,
              null,
              new MilestoneCrossing(12, Direction.UP, "led-5521:12:UP"),
              24,
              3);
      case PRIVILEGES_CHANGED ->
          new PrivilegesChanged(
              id(16),
              "ID",
              AT,
              CREATOR,
              AccountType.CREATOR,
              new Privileges(
                  Map.of("CAMPAIGN_ENROLMENT", false, "LIVE_SELLING", true),
                  List.of(),
                  List.of(
                      new ActiveRestriction(
                          "act-551930",
                          MeasureType.RESTRICT_CAMPAIGNS,
                          AT.plus(Duration.ofDays(7)))),
                  new BigDecimal("0.08"),
                  50));
      case TREND_ALERT_RAISED ->
          new TrendAlertRaised(
              id(17),
              "TH",
              AT,
              "IP_COUNTERFEIT",
              new TimeWindow(AT.minus(Duration.ofDays(1)), AT),
              new TrendFigures(412, 130.5, 3.16, 2.5, 57));
      case TREND_ALERT_CLOSED ->
          new TrendAlertClosed(
              id(18),
              "TH",
              AT,
              "IP_COUNTERFEIT",
              new TimeWindow(AT.minus(Duration.ofDays(1)), AT),
              new TrendFigures(150, 130.5, 1.15, 2.5, 41));
      case COMMERCE_SIGNAL ->
          new CommerceSignal(
              id(19),
              "MY",
              AT,
              SELLER,
              AccountType.SELLER,
              CommerceSignalKind.LATE_DISPATCH,
              17,
              new TimeWindow(
                  Instant.parse("2025-03-13T00:00:00Z"), Instant.parse("2025-03-14T00:00:00Z")));
      case NOTIFICATION_REQUESTED ->
          new NotificationRequested(
              id(20),
              "ID",
              AT,
              Recipient.account(CREATOR, AccountType.CREATOR),
              "enforcement.measure-applied",
              "id",
              Map.of("actionId", "act-551902", "appealDeadline", "2025-04-13"));
    };
  }

  static ViolationConfirmed violationConfirmed() {
    return new ViolationConfirmed(
        id(1),
        "ID",
        AT,
        "VOLUNTARY:vid-88120455:v2:COUNTERFEIT",
        CREATOR,
        AccountType.CREATOR,
        "vid-88120455",
        2,
        ContentKind.SHORT_VIDEO,
        LocalDate.parse("2025-03-12"),
        "id",
        "COUNTERFEIT",
        Severity.HIGH,
        Detection.AUTOMATED,
        DecisionMode.HUMAN,
        ViolationSource.VOLUNTARY,
        "strat-counterfeit-logo",
        7,
        "evs-3f2a9c");
  }

  static NoticeUpheld noticeUpheld() {
    return new NoticeUpheld(
        id(4),
        "ID",
        AT,
        "ARTICLE_16:vid-88120455:v2:IP_TRADEMARK",
        CREATOR,
        AccountType.CREATOR,
        "vid-88120455",
        2,
        ContentKind.SHORT_VIDEO,
        LocalDate.parse("2025-03-12"),
        null,
        "IP_TRADEMARK",
        Severity.MEDIUM,
        Detection.NOTICE,
        DecisionMode.HUMAN,
        ViolationSource.TRUSTED_FLAGGER,
        "ntc-2025-000412",
        "org-luxe-maison",
        List.of("ast-tm-00921"),
        "evs-3f2b11",
        "4006381333931");
  }

  /** A fixed event id, distinct per sample, so that failures are reproducible. */
  static UUID id(int n) {
    return UUID.fromString(String.format("7b0d3f52-93a1-4c6e-8f1d-%012d", n));
  }
}
