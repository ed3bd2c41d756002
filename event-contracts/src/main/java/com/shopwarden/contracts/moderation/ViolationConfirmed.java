package com.shopwarden.contracts.moderation;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ConfirmedViolation;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.Require;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.ViolationSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A version of a content item breaks a policy, and an account answers for it.
 *
 * <p>Produced by content-moderation when a strategy decides a clear case automatically or a
 * reviewer confirms a flagged one. One event per responsible account: a video promoting a violating
 * listing yields one for the creator and one for the seller, with different violation keys.
 * Consumed by enforcement, which records the violation (once per {@code violationKey}), assigns its
 * points from the market's penalty policy and applies a proportionate measure with a statement of
 * reasons.
 *
 * <p>Topic {@code moderation.decisions}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose policy was applied
 * @param occurredAt when the decision was taken
 * @param violationKey idempotency key of the violation (source, subject id, content version,
 *     policy)
 * @param accountId the responsible account
 * @param accountType whether it is a creator's or a seller's account
 * @param contentId the violating content item
 * @param contentVersion the judged version of the item, from 1
 * @param contentKind what kind of content it is
 * @param contentDate the day the content was published or last changed
 * @param language ISO 639-1 code of the content's language in lower case; {@code null} when the
 *     content has no language (an image without text)
 * @param policyCode the violated policy's code in the market's policy pack
 * @param severity how grave the violation is
 * @param detection how it was found: {@code AUTOMATED} or {@code HUMAN} (notices arrive as {@code
 *     NoticeUpheld})
 * @param decision who decided
 * @param source what set the decision in motion
 * @param strategyId the strategy that flagged the content; {@code null} unless a strategy did,
 *     required when {@code detection} is {@code AUTOMATED}
 * @param strategyVersion the version of that strategy; present exactly when {@code strategyId} is
 * @param evidenceSnapshotId the frozen copy of the content and signals the decision rests on
 * @param ean the listing's EAN-13 (GTIN-13) when the content is a product listing that has one;
 *     {@code null} otherwise
 */
public record ViolationConfirmed(
    UUID eventId,
    String market,
    Instant occurredAt,
    String violationKey,
    String accountId,
    AccountType accountType,
    String contentId,
    int contentVersion,
    ContentKind contentKind,
    LocalDate contentDate,
    String language,
    String policyCode,
    Severity severity,
    Detection detection,
    DecisionMode decision,
    ViolationSource source,
    String strategyId,
    Integer strategyVersion,
    String evidenceSnapshotId,
    String ean)
    implements ConfirmedViolation {

  public ViolationConfirmed {
    Require.envelope(eventId, market, occurredAt);
    Require.text(violationKey, "violationKey");
    Require.text(accountId, "accountId");
    Require.present(accountType, "accountType");
    Require.text(contentId, "contentId");
    Require.atLeast(contentVersion, 1, "contentVersion");
    Require.present(contentKind, "contentKind");
    Require.present(contentDate, "contentDate");
    Require.optionalContentLanguage(language, "language");
    Require.text(policyCode, "policyCode");
    Require.present(severity, "severity");
    Require.present(detection, "detection");
    Require.present(decision, "decision");
    Require.present(source, "source");
    Require.strategyPair(strategyId, strategyVersion);
    // The quality loop counts overturns against the strategy, so an automated finding must name it.
    Require.that(
        detection != Detection.AUTOMATED || strategyId != null,
        "strategyId",
        "strategyId is required when detection is AUTOMATED");
    Require.text(evidenceSnapshotId, "evidenceSnapshotId");
    Require.optionalEan13(ean, "ean");
  }

  /** A violation without the listing's EAN (the fields before it was added). */
  public ViolationConfirmed(
      UUID eventId,
      String market,
      Instant occurredAt,
      String violationKey,
      String accountId,
      AccountType accountType,
      String contentId,
      int contentVersion,
      ContentKind contentKind,
      LocalDate contentDate,
      String language,
      String policyCode,
      Severity severity,
      Detection detection,
      DecisionMode decision,
      ViolationSource source,
      String strategyId,
      Integer strategyVersion,
      String evidenceSnapshotId) {
    this(
        eventId,
        market,
        occurredAt,
        violationKey,
        accountId,
        accountType,
        contentId,
        contentVersion,
        contentKind,
        contentDate,
        language,
        policyCode,
        severity,
        detection,
        decision,
        source,
        strategyId,
        strategyVersion,
        evidenceSnapshotId,
        null);
  }
}
