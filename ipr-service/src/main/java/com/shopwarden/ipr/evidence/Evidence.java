package com.shopwarden.ipr.evidence;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ipr.AssetKind;
import com.shopwarden.ipr.asset.AssetStatus;
import com.shopwarden.ipr.authorisation.AuthorisationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a reviewer weighs beside a notice, found automatically: the cited assets, and per item the
 * marks found in its text, how near its images are to the cited logos, and whether the rights
 * holder authorised the account. Computed when the notice is shown, so an authorisation granted or
 * revoked meanwhile shows at once.
 *
 * @param citedAssets the assets the notice cites, as registered
 * @param items one entry per item of the notice
 */
public record Evidence(List<CitedAsset> citedAssets, List<ItemEvidence> items) {

  /** A cited asset as registered. */
  public record CitedAsset(
      UUID assetId,
      AssetKind kind,
      String title,
      String markText,
      String registrationNumber,
      String office,
      LocalDate validUntil,
      AssetStatus status,
      List<String> pdqHashes) {}

  /**
   * The evidence on one item.
   *
   * @param contentId the item
   * @param accountId the account responsible for it
   * @param accountType creator or seller
   * @param textLanguage the language the item's text was normalised as; null without text
   * @param marksFound cited marks found in the item's text after evasion normalisation
   * @param logoDistances per cited logo hash, the nearest of the item's hashes; empty when the item
   *     or the cited assets carry no hashes
   * @param authorisation the rights holder's authorisation of the account, if any
   */
  public record ItemEvidence(
      String contentId,
      String accountId,
      AccountType accountType,
      String textLanguage,
      List<MarkFound> marksFound,
      List<LogoDistance> logoDistances,
      AuthorisationFinding authorisation) {}

  /**
   * A cited mark found in the item's text.
   *
   * @param assetId the asset whose mark it is
   * @param markText the mark as registered
   * @param start UTF-16 index of the match's first character in the item's text
   * @param end UTF-16 index just past the match
   * @param excerpt the text as written, evasions included ({@code G.l.0.w-C0})
   */
  public record MarkFound(UUID assetId, String markText, int start, int end, String excerpt) {}

  /**
   * How near the item's images come to one cited logo hash.
   *
   * @param assetId the asset the logo hash belongs to
   * @param assetHash the logo's PDQ hash
   * @param assetHashQuality its PDQ quality, when known
   * @param nearestContentHash the item's hash nearest to it
   * @param distance their Hamming distance (0 to 256)
   * @param match whether the distance is within the matching threshold
   * @param lowQuality whether the logo hash's quality is below the usable minimum
   */
  public record LogoDistance(
      UUID assetId,
      String assetHash,
      Integer assetHashQuality,
      String nearestContentHash,
      int distance,
      boolean match,
      boolean lowQuality) {}

  /**
   * The rights holder's authorisation of the item's account.
   *
   * @param status AUTHORISED, NOT_YET_VALID, EXPIRED, REVOKED or NONE
   * @param authorisationId the authorisation weighed; null with NONE
   * @param assetId the asset it covers; null for all of the organisation's assets
   * @param validFrom its first day, if set
   * @param validUntil its last day, if set
   * @param summary the finding in words, e.g. "authorised until 2026-12-31"
   */
  public record AuthorisationFinding(
      AuthorisationStatus status,
      UUID authorisationId,
      UUID assetId,
      LocalDate validFrom,
      LocalDate validUntil,
      String summary) {}
}
