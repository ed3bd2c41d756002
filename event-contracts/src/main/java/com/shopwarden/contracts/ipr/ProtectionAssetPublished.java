package com.shopwarden.contracts.ipr;

import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A rights holder's registered asset became a proactive detection asset, or changed.
 *
 * <p>Produced by ipr-service when an asset is verified (and again when its mark text, hashes or
 * markets change). Consumed by content-moderation, which adds the mark text to its term lists and
 * the PDQ hashes to its hash banks for the named markets, so that infringing items are caught on
 * arrival rather than by notice.
 *
 * <p>Topic {@code ipr.protection-assets}, key {@code assetId}.
 *
 * @param eventId unique id of this event
 * @param market market code of the deployment where the asset is registered
 * @param occurredAt when the asset was published
 * @param assetId the registered asset
 * @param organisationId the rights-holder organisation that owns it
 * @param kind the kind of right
 * @param markText the word mark to match in text; {@code null} for assets without one
 * @param pdqHashes PDQ hashes (64 lower-case hex digits each) of the asset's images; may be empty
 * @param markets market codes where the asset is used for detection, at least one
 * @param pdqQualities PDQ quality (0-100) of each of {@code pdqHashes}, in the same order; empty
 *     when the producer does not say (consumers then treat the hashes as full quality)
 */
public record ProtectionAssetPublished(
    UUID eventId,
    String market,
    Instant occurredAt,
    String assetId,
    String organisationId,
    AssetKind kind,
    String markText,
    List<String> pdqHashes,
    List<String> markets,
    List<Integer> pdqQualities)
    implements ProtectionAssetEvent {

  public ProtectionAssetPublished {
    Require.envelope(eventId, market, occurredAt);
    ProtectionAssetFields.check(assetId, organisationId, kind, markText);
    pdqHashes = ProtectionAssetFields.pdqHashes(pdqHashes);
    markets = ProtectionAssetFields.markets(markets);
    pdqQualities = ProtectionAssetFields.pdqQualities(pdqQualities, pdqHashes);
  }

  /** An asset without hash qualities (the fields before they were added). */
  public ProtectionAssetPublished(
      UUID eventId,
      String market,
      Instant occurredAt,
      String assetId,
      String organisationId,
      AssetKind kind,
      String markText,
      List<String> pdqHashes,
      List<String> markets) {
    this(
        eventId,
        market,
        occurredAt,
        assetId,
        organisationId,
        kind,
        markText,
        pdqHashes,
        markets,
        List.of());
  }
}
