package com.shopwarden.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.Privileges;
import com.shopwarden.contracts.moderation.StrategyQualityFigures;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.contracts.notification.Recipient;
import com.shopwarden.contracts.notification.RecipientKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Producers building events in code get the same checks as consumers reading them. */
class RecordValidationTest {

  @Test
  void anAutomatedFindingMustNameItsStrategy() {
    ViolationConfirmed v = EventSamples.violationConfirmed();

    assertThatThrownBy(
            () ->
                new ViolationConfirmed(
                    v.eventId(),
                    v.market(),
                    v.occurredAt(),
                    v.violationKey(),
                    v.accountId(),
                    v.accountType(),
                    v.contentId(),
                    v.contentVersion(),
                    v.contentKind(),
                    v.contentDate(),
                    v.language(),
                    v.policyCode(),
                    v.severity(),
                    v.detection(),
                    v.decision(),
                    v.source(),
                    null,
                    null,
                    v.evidenceSnapshotId()))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("strategyId is required when detection is AUTOMATED")
        .extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("strategyId");
  }

  @Test
  void aHumanFindingNeedsNoStrategyButAStrategyNeedsItsVersion() {
    ViolationConfirmed v = EventSamples.violationConfirmed();

    ViolationConfirmed human =
        new ViolationConfirmed(
            v.eventId(),
            v.market(),
            v.occurredAt(),
            v.violationKey(),
            v.accountId(),
            v.accountType(),
            v.contentId(),
            v.contentVersion(),
            v.contentKind(),
            v.contentDate(),
            v.language(),
            v.policyCode(),
            v.severity(),
            Detection.HUMAN,
            v.decision(),
            v.source(),
            null,
            null,
            v.evidenceSnapshotId());

    assertThat(human.strategyId()).isNull();
    assertThatThrownBy(
            () ->
                new ViolationConfirmed(
                    v.eventId(),
                    v.market(),
                    v.occurredAt(),
                    v.violationKey(),
                    v.accountId(),
                    v.accountType(),
                    v.contentId(),
                    v.contentVersion(),
                    v.contentKind(),
                    v.contentDate(),
                    v.language(),
                    v.policyCode(),
                    v.severity(),
                    Detection.HUMAN,
                    v.decision(),
                    v.source(),
                    "strat-1",
                    null,
                    v.evidenceSnapshotId()))
        .hasMessage("strategyVersion is required when strategyId is given");
  }

  @Test
  void healthCarriesPointsOrRatingNeverBoth() {
    HealthChanged h = (HealthChanged) EventSamples.of(EventType.HEALTH_CHANGED);

    HealthChanged rated =
        new HealthChanged(
            h.eventId(),
            "US",
            h.occurredAt(),
            h.accountId(),
            h.accountType(),
            h.tier(),
            null,
            180,
            null,
            150);

    assertThat(rated.rating()).isEqualTo(180);
    assertThatThrownBy(
            () ->
                new HealthChanged(
                    h.eventId(),
                    "US",
                    h.occurredAt(),
                    h.accountId(),
                    h.accountType(),
                    h.tier(),
                    null,
                    null,
                    null,
                    150))
        .hasMessage("exactly one of activePoints and rating is required");
  }

  @Test
  void aRatioOutsideZeroToOneIsRejected() {
    assertThatThrownBy(() -> new StrategyQualityFigures(10, 2, 1.2, null, 0.2))
        .hasMessage("precision must be between 0 and 1");
    assertThatThrownBy(() -> new StrategyQualityFigures(10, 12, null, null, null))
        .hasMessage("overturned must not exceed decisions");
  }

  @Test
  void onlyAccountRecipientsCarryAnAccountType() {
    assertThat(Recipient.account("acc-1", AccountType.SELLER).kind())
        .isEqualTo(RecipientKind.ACCOUNT);
    assertThat(Recipient.noticeContact("ntc-1").accountType()).isNull();
    assertThatThrownBy(() -> new Recipient(RecipientKind.ORGANISATION, "org-1", AccountType.SELLER))
        .hasMessage("accountType is only allowed for ACCOUNT recipients");
  }

  @Test
  void collectionsAreCopiedSoTheEventCannotChangeAfterwards() {
    List<String> keys = new ArrayList<>(List.of("VOLUNTARY:vid-1:v1:SPAM"));
    ActionApplied a = (ActionApplied) EventSamples.of(EventType.ACTION_APPLIED);
    ActionApplied applied =
        new ActionApplied(
            a.eventId(),
            a.market(),
            a.occurredAt(),
            a.actionId(),
            keys,
            a.accountId(),
            a.accountType(),
            a.type(),
            a.startsAt(),
            a.endsAt(),
            a.points(),
            a.decidedBy(),
            a.statementPuid());
    Map<String, Boolean> eligibility = new HashMap<>(Map.of("LIVE_SELLING", true));
    Privileges privileges = new Privileges(eligibility, List.of(), List.of());

    keys.add("VOLUNTARY:vid-2:v1:SPAM");
    eligibility.put("LIVE_SELLING", false);

    assertThat(applied.violationKeys()).containsExactly("VOLUNTARY:vid-1:v1:SPAM");
    assertThat(privileges.eligibility()).containsEntry("LIVE_SELLING", true);
    assertThatThrownBy(() -> applied.violationKeys().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullElementsAreRejectedByTheListsName() {
    List<String> keys = new ArrayList<>();
    keys.add(null);
    ActionApplied a = (ActionApplied) EventSamples.of(EventType.ACTION_APPLIED);

    assertThatThrownBy(
            () ->
                new ActionApplied(
                    a.eventId(),
                    a.market(),
                    a.occurredAt(),
                    a.actionId(),
                    keys,
                    a.accountId(),
                    a.accountType(),
                    a.type(),
                    a.startsAt(),
                    a.endsAt(),
                    0,
                    a.decidedBy(),
                    a.statementPuid()))
        .hasMessage("violationKeys must not contain null elements");
  }
}
