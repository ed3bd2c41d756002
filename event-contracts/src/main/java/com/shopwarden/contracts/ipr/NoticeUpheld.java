package com.shopwarden.contracts.ipr;

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
import java.util.List;
import java.util.UUID;

/**
 * A reviewer upheld a rights holder's notice against one content item: the item infringes.
 *
 * <p>Produced by ipr-service, one event per content item the notice names (a notice may name many).
 * It carries the same violation facts as {@code ViolationConfirmed}, with {@code detection} always
 * {@code NOTICE} and {@code source} {@code ARTICLE_16} or {@code TRUSTED_FLAGGER}. Consumed by
 * enforcement, which records the violation, assigns points and applies a measure, and which later
 * reverses it on {@link ContentRestoreDue} or {@link NoticeRetracted}.
 *
 * <p>Topic {@code ipr.notices}, key {@code accountId}.
 *
 * @param eventId unique id of this event
 * @param market market code whose notice regime applied
 * @param occurredAt when the notice was upheld for this item
 * @param violationKey idempotency key of the violation (source, subject id, content version,
 *     policy)
 * @param accountId the responsible account
 * @param accountType whether it is a creator's or a seller's account
 * @param contentId the infringing content item
 * @param contentVersion the judged version of the item, from 1
 * @param contentKind what kind of content it is
 * @param contentDate the day the content was published or last changed
 * @param language ISO 639-1 code of the content's language in lower case; {@code null} when none
 * @param policyCode the IP policy's code in the market's policy pack
 * @param severity how grave the infringement is
 * @param detection always {@code NOTICE}
 * @param decision who upheld the notice
 * @param source {@code ARTICLE_16} or {@code TRUSTED_FLAGGER}
 * @param noticeId the upheld notice
 * @param organisationId the rights-holder organisation that filed it
 * @param assetIds the organisation's registered assets the notice relies on; may be empty when the
 *     notice describes an unregistered work
 * @param evidenceSnapshotId a frozen copy of the item taken when the notice was upheld; {@code
 *     null} when none was taken
 * @param ean the listing's EAN-13 (GTIN-13) when the content is a product listing that has one;
 *     {@code null} otherwise
 */
public record NoticeUpheld(
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
    String noticeId,
    String organisationId,
    List<String> assetIds,
    String evidenceSnapshotId,
    String ean)
    implements ConfirmedViolation {

  public NoticeUpheld {
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
    Require.that(detection == Detection.NOTICE, "detection", "detection must be NOTICE");
    Require.present(decision, "decision");
    Require.present(source, "source");
    Require.that(
        source != ViolationSource.VOLUNTARY,
        "source",
        "source must be ARTICLE_16 or TRUSTED_FLAGGER");
    Require.text(noticeId, "noticeId");
    Require.text(organisationId, "organisationId");
    assetIds = Require.texts(assetIds, "assetIds");
    Require.optionalText(evidenceSnapshotId, "evidenceSnapshotId");
    Require.optionalEan13(ean, "ean");
  }

  /** A violation without the listing's EAN (the fields before it was added). */
  public NoticeUpheld(
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
      String noticeId,
      String organisationId,
      List<String> assetIds,
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
        noticeId,
        organisationId,
        assetIds,
        evidenceSnapshotId,
        null);
  }
}
