package com.shopwarden.contracts.ipr;

import com.shopwarden.contracts.DomainEvent;
import java.util.List;

/**
 * An event about a rights holder's registered asset as a proactive detection asset. Keyed by the
 * asset id, so that publication and withdrawal of one asset are consumed in order.
 */
public interface ProtectionAssetEvent extends DomainEvent {

  /** The registered asset. */
  String assetId();

  /** The rights-holder organisation that owns it. */
  String organisationId();

  /** The kind of right. */
  AssetKind kind();

  /** The word mark to match in text; {@code null} for assets without one (a logo, a work). */
  String markText();

  /** PDQ hashes (64 lower-case hex digits each) of the asset's images; may be empty. */
  List<String> pdqHashes();

  /** Market codes where the asset is used for detection, at least one. */
  List<String> markets();

  /** The asset id: one asset's events stay ordered. */
  @Override
  default String partitionKey() {
    return assetId();
  }
}
