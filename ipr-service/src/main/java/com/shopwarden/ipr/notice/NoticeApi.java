package com.shopwarden.ipr.notice;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.Severity;
import com.shopwarden.ipr.evidence.Evidence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the notice API. */
public final class NoticeApi {

  private NoticeApi() {}

  /**
   * A notice as filed. Elements a regime needs may be absent: completeness is judged by the
   * market's regime, not by validation, so that the answer names what is missing.
   *
   * @param market the market where the content is offered
   * @param organisationId the notifying organisation; required when an ipr-agent files
   * @param assetIds the organisation's verified assets the notice relies on
   * @param workDescription the work claimed infringed, when no asset is registered for it
   * @param explanation why the content infringes
   * @param items the content items or listings
   * @param contact the notifier's contact (stored apart, never in events or logs)
   * @param signature the authorised person's electronic signature
   * @param goodFaithStatement good-faith belief that the use is unauthorised
   * @param accuracyStatement accuracy and, under penalty of perjury, authority to act
   */
  public record Filing(
      @NotBlank @Size(max = 8) String market,
      @Size(max = 64) String organisationId,
      @Size(max = 20) List<@NotNull UUID> assetIds,
      @Size(max = 2000) String workDescription,
      @Size(max = 5000) String explanation,
      @Size(max = 50) List<@NotNull @Valid Item> items,
      @Valid Contact contact,
      @Size(max = 300) String signature,
      boolean goodFaithStatement,
      boolean accuracyStatement) {}

  /**
   * One content item named by a notice.
   *
   * @param contentId the item's id
   * @param contentVersion the version the notifier saw, from 1
   * @param contentKind the kind of content
   * @param contentDate the day it was published or last changed
   * @param language its language, ISO 639-1 lower case, if known
   * @param location its exact URL
   * @param accountId the account responsible for it
   * @param accountType whether that is a creator or a seller
   * @param text the item's text as the notifier saw it (a listing's title and description, a
   *     video's caption); searched for the cited marks in the automatic evidence
   * @param pdqHashes PDQ hashes of the item's images or key frames (64 lower-case hex digits);
   *     compared with the cited logos in the automatic evidence
   * @param ean a product listing's EAN-13, if it has one (passed on with an upheld notice)
   */
  public record Item(
      @NotBlank @Size(max = 200) String contentId,
      @NotNull @Min(1) @Max(1_000_000) Integer contentVersion,
      @NotNull ContentKind contentKind,
      @NotNull LocalDate contentDate,
      @Pattern(regexp = "[a-z]{2}") String language,
      @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String location,
      @NotBlank @Size(max = 200) String accountId,
      @NotNull AccountType accountType,
      @Size(max = 10_000) String text,
      @Size(max = 20) List<@NotNull @Pattern(regexp = "[0-9a-f]{64}") String> pdqHashes,
      @Pattern(regexp = "[0-9]{13}") String ean) {}

  /** The notifier's contact; personal data. */
  public record Contact(
      @Size(max = 300) String name,
      @Email @Size(max = 320) String email,
      @Size(max = 50) @Pattern(regexp = "[+0-9 ()-]{3,50}") String phone,
      @Size(max = 1000) String address) {

    @Override
    public String toString() {
      return "Contact[redacted]";
    }
  }

  /**
   * What the notifier adds to an INCOMPLETE notice; present fields replace the stored ones.
   *
   * @param locations URLs for the notice's items by content id
   */
  public record Supplement(
      @Size(max = 20) List<@NotNull UUID> assetIds,
      @Size(max = 2000) String workDescription,
      @Size(max = 5000) String explanation,
      @Size(max = 50)
          java.util.Map<
                  @Size(max = 200) String,
                  @Pattern(regexp = "https?://\\S+") @Size(max = 2000) String>
              locations,
      @Valid Contact contact,
      @Size(max = 300) String signature,
      Boolean goodFaithStatement,
      Boolean accuracyStatement) {}

  /**
   * A reviewer's decision.
   *
   * @param outcome UPHELD or REJECTED
   * @param reason required for a rejection
   * @param severity the infringement's severity; the pack's default when absent
   * @param manifestlyUnfounded for a rejection: the notice was manifestly unfounded (DSA Art. 23)
   */
  public record Decision(
      @NotNull NoticeState outcome,
      @Size(max = 2000) String reason,
      Severity severity,
      boolean manifestlyUnfounded) {}

  /** A notifier's report that it filed a court action (DMCA 512(g)(2)(C)). */
  public record CourtAction(@NotBlank @Size(max = 300) String caseReference) {}

  /** The notifier's grounds for contesting a rejection. */
  public record Contest(@NotBlank @Size(max = 5000) String reason) {}

  /** A claim on the review queue. */
  public record Claim(@NotBlank @Size(max = 8) String market) {}

  /** An item as shown. */
  public record ItemView(
      String contentId,
      int contentVersion,
      ContentKind contentKind,
      String location,
      String accountId,
      AccountType accountType,
      String violationKey,
      String text,
      List<String> pdqHashes,
      String ean) {

    static ItemView of(NoticeItem item) {
      return new ItemView(
          item.contentId,
          item.contentVersion,
          item.contentKind,
          item.location,
          item.accountId,
          item.accountType,
          item.violationKey,
          item.contentText,
          item.pdqHashes,
          item.ean);
    }
  }

  /**
   * A notice as shown to its organisation and to staff (without the contact), with the automatic
   * evidence a reviewer weighs.
   */
  public record NoticeView(
      UUID noticeId,
      String market,
      String organisationId,
      NoticeRegime regime,
      String packVersion,
      NoticeState state,
      List<String> assetIds,
      List<ItemView> items,
      List<String> missingElements,
      boolean trusted,
      Instant receivedAt,
      Instant reviewDeadline,
      String reviewer,
      Instant leaseExpiresAt,
      String decisionReason,
      List<String> allowedNext,
      Evidence evidence) {

    static NoticeView of(Notice notice, List<NoticeItem> items, Evidence evidence) {
      return new NoticeView(
          notice.id,
          notice.market,
          notice.organisationId,
          notice.regime,
          notice.packVersion,
          notice.state,
          notice.assetIds,
          items.stream().map(ItemView::of).toList(),
          notice.missingElements,
          notice.trusted,
          notice.receivedAt,
          notice.reviewDeadline,
          notice.reviewer,
          notice.leaseExpiresAt,
          notice.decisionReason,
          NoticeTransitions.allowedFrom(notice.state).stream().map(Enum::name).toList(),
          evidence);
    }
  }

  /**
   * A page of notices (queue or organisation).
   *
   * @param notices the page's notices
   * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
   */
  public record NoticeList(List<NoticeView> notices, String nextCursor) {}

  /**
   * The notifier's contact, for the messaging platform.
   *
   * @param redactedAt when the retention period ended and the data was cleared; null while kept
   */
  public record ContactView(
      String name, String email, String phone, String address, Instant redactedAt) {}
}
