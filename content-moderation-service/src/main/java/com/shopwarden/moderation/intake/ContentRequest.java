package com.shopwarden.moderation.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A new or changed content item sent by a platform for screening. Every field is bounded.
 *
 * @param sourcePlatform the sending platform; with {@code externalId} and {@code version} the
 *     idempotency key
 * @param externalId the item's id on that platform
 * @param version the item's version on that platform, from 1
 * @param kind SHORT_VIDEO, LIVESTREAM_SEGMENT, PRODUCT_LISTING or IMAGE
 * @param market market code whose policy applies
 * @param language ISO 639-1 code of the texts
 * @param account the creator and/or seller account
 * @param text the item's texts
 * @param price listing price
 * @param reach audience figures
 * @param pdqHashes PDQ hashes (64 hex characters) computed upstream, quality unknown (taken as 100:
 *     upstream is expected to drop low-quality hashes)
 * @param media PDQ hashes computed upstream with their quality, so that each bank's minimum quality
 *     applies
 * @param image an image for this service to hash (its eight dihedral hashes join {@code media});
 *     not stored, only its hashes are
 * @param scores model scores by model name, each between 0 and 1
 * @param publishedAt when the item (this version) was published, if known
 * @param ean a product listing's EAN-13 (GTIN-13), check digit verified; only on {@code
 *     PRODUCT_LISTING}. Stored with the item and carried into {@code ViolationConfirmed}
 * @param report who reported the item, if it comes from a report: {@code USER} or {@code
 *     TRUSTED_FLAGGER} (raises the review priority; a trusted flagger's report makes an upheld
 *     violation's source TRUSTED_FLAGGER)
 */
public record ContentRequest(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.:-]+") String sourcePlatform,
    @NotBlank @Size(max = 128) String externalId,
    @NotNull @Min(1) @Max(1_000_000) Integer version,
    @NotBlank @Size(max = 32) String kind,
    @NotBlank @Size(max = 8) String market,
    @NotBlank @Size(max = 8) String language,
    @NotNull @Valid Accounts account,
    @Valid Texts text,
    @Valid Price price,
    @Valid Reach reach,
    @Size(max = 64) List<@NotNull @Pattern(regexp = "[0-9a-fA-F]{64}") String> pdqHashes,
    @Size(max = 64) List<@NotNull @Valid MediaHashInput> media,
    @Valid Image image,
    @Size(max = 32)
        Map<@NotBlank @Size(max = 64) String, @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double>
            scores,
    Instant publishedAt,
    @Pattern(regexp = "[0-9]{13}", message = "must be 13 digits (EAN-13)") String ean,
    @Pattern(regexp = "USER|TRUSTED_FLAGGER") String report) {

  /**
   * An image sent inline, base64-encoded (the body limit of 1 MB bounds it to about 740 KB).
   *
   * @param contentType its {@code image/*} type
   * @param data the image bytes, base64
   */
  public record Image(
      @NotBlank @Size(max = 100) String contentType,
      @NotBlank @Size(max = 1_000_000) String data) {}

  /**
   * The request as screened and stored when its image was hashed here: the image replaced by its
   * hashes, so that the evidence keeps what was matched rather than the bytes.
   */
  public ContentRequest withImageHashes(List<MediaHashInput> hashes) {
    List<MediaHashInput> all = new java.util.ArrayList<>(media == null ? List.of() : media);
    all.addAll(hashes);
    return new ContentRequest(
        sourcePlatform,
        externalId,
        version,
        kind,
        market,
        language,
        account,
        text,
        price,
        reach,
        pdqHashes,
        List.copyOf(all),
        null,
        scores,
        publishedAt,
        ean,
        report);
  }

  /** A PDQ hash of the item's media with its quality. */
  public record MediaHashInput(
      @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}") String pdqHash,
      @NotNull @Min(0) @Max(100) Integer quality) {}

  /** The accounts that answer for the item; at least one is required. */
  public record Accounts(
      @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9_.:-]*") String creatorId,
      @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9_.:-]*") String sellerId) {}

  /** Texts of the item; each is matched against the market's term lists. */
  public record Texts(
      @Size(max = 500) String title,
      @Size(max = 10_000) String description,
      @Size(max = 10_000) String captions,
      @Size(max = 20_000) String transcript,
      @Size(max = 200) String brand,
      @Size(max = 50)
          Map<@NotBlank @Size(max = 64) String, @Size(max = 1_000) String> attributes) {}

  /** A listing's price. */
  public record Price(
      @NotNull @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal amount,
      @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency) {}

  /** Audience figures; all optional. */
  public record Reach(
      @Min(0) @Max(10_000_000_000L) Long followers,
      @Min(0) @Max(10_000_000_000L) Long liveViewers,
      @Min(0) @Max(1_000_000_000_000L) Long views) {}
}
