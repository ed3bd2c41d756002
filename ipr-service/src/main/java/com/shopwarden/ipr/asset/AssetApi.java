package com.shopwarden.ipr.asset;

import com.shopwarden.contracts.ipr.AssetKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the asset API. */
public final class AssetApi {

  private AssetApi() {}

  /**
   * Registers an asset.
   *
   * @param kind trademark, copyright, patent or design
   * @param title the mark, the work's title, or the patent's or design's name
   * @param markText the word mark to detect in listings (trademarks)
   * @param registrationNumber the office's registration number (required except for copyrights)
   * @param office the registering office or jurisdiction (e.g. USPTO, EUIPO, DJKI)
   * @param classes Nice classes (1 to 45) the mark is registered for
   * @param ownerName the registered owner (an organisation)
   * @param validFrom first day of protection
   * @param validUntil last day of protection; an expired asset backs no notice
   * @param pdqHashes PDQ hashes of the logo or reference images, 64 lower-case hex digits (or
   *     upload the image itself: {@code POST /assets/{id}/logo} hashes it here)
   * @param markets markets where the asset is used for detection
   * @param pdqQualities PDQ quality (0-100) of each of {@code pdqHashes}, same order, when the
   *     hashing tool reported it; hashes below the usable quality are refused
   */
  public record Registration(
      @NotNull AssetKind kind,
      @NotBlank @Size(max = 300) String title,
      @Size(max = 200) String markText,
      @Size(max = 100) String registrationNumber,
      @Size(max = 100) String office,
      @Size(max = 45) List<@NotNull @Min(1) @Max(45) Integer> classes,
      @NotBlank @Size(max = 300) String ownerName,
      LocalDate validFrom,
      LocalDate validUntil,
      @Size(max = 20) List<@NotNull @Pattern(regexp = "[0-9a-f]{64}") String> pdqHashes,
      @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 8) String> markets,
      @Size(max = 20) List<@NotNull @Min(0) @Max(100) Integer> pdqQualities) {}

  /**
   * An ipr-agent's decision on an asset.
   *
   * @param outcome VERIFIED or REFUSED
   * @param note why
   */
  public record Decision(@NotNull AssetStatus outcome, @Size(max = 2000) String note) {}

  /** An asset as shown to its organisation and to staff. */
  public record AssetView(
      UUID assetId,
      String organisationId,
      AssetKind kind,
      String title,
      String markText,
      String registrationNumber,
      String office,
      List<Integer> classes,
      String ownerName,
      LocalDate validFrom,
      LocalDate validUntil,
      List<String> pdqHashes,
      List<Integer> pdqQualities,
      List<String> markets,
      AssetStatus status,
      Instant createdAt) {

    static AssetView of(ProtectionAsset asset) {
      return new AssetView(
          asset.id,
          asset.organisationId,
          asset.kind,
          asset.title,
          asset.markText,
          asset.registrationNumber,
          asset.office,
          asset.classes.stream().map(Integer::valueOf).toList(),
          asset.ownerName,
          asset.validFrom,
          asset.validUntil,
          asset.pdqHashes,
          asset.qualities(),
          asset.markets,
          asset.status,
          asset.createdAt);
    }
  }

  /**
   * A page of an organisation's assets, newest first.
   *
   * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
   */
  public record AssetList(List<AssetView> assets, String nextCursor) {}
}
