package com.shopwarden.contracts.ipr;

import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A registered asset is no longer a detection asset (expired, revoked, or withdrawn by its owner).
 *
 * <p>Produced by ipr-service. Consumed by content-moderation, which removes the mark text and the
 * PDQ hashes from its term lists and hash banks for the named markets. It repeats the asset's
 * fields so that a consumer can remove them without having kept the publication.
 *
 * <p>Topic {@code ipr.protection-assets}, key {@code assetId}.
 *
 * @param eventId unique id of this event
 * @param market market code of the deployment where the asset is registered
 * @param occurredAt when the asset was withdrawn
 * @param assetId the registered asset
 * @param organisationId the rights-holder organisation that owns it
 * @param kind the kind of right
 * @param markText the word mark to match in text; {@code null} for assets without one
 * @param pdqHashes PDQ hashes (64 lower-case hex digits each) of the asset's images; may be empty
 * @param markets market codes where the asset is used for detection, at least one
 */
public record ProtectionAssetWithdrawn(
    UUID eventId,
    String market,
    Instant occurredAt,
    String assetId,
    String organisationId,
    AssetKind kind,
    String markText,
    List<String> pdqHashes,
    List<String> markets)
    implements ProtectionAssetEvent {

  public ProtectionAssetWithdrawn {
    Require.envelope(eventId, market, occurredAt);
    ProtectionAssetFields.check(assetId, organisationId, kind, markText);
    pdqHashes = ProtectionAssetFields.pdqHashes(pdqHashes);
    markets = ProtectionAssetFields.markets(markets);
  }
}
