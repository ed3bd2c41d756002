package com.shopwarden.contracts.ipr;

import com.shopwarden.contracts.Require;
import java.util.List;
import java.util.regex.Pattern;

/** The checks both protection-asset events make on their shared fields. */
final class ProtectionAssetFields {

  /** A PDQ hash: 256 bits as 64 lower-case hex digits. */
  private static final Pattern PDQ_HASH = Pattern.compile("[0-9a-f]{64}");

  private ProtectionAssetFields() {}

  static void check(String assetId, String organisationId, AssetKind kind, String markText) {
    Require.text(assetId, "assetId");
    Require.text(organisationId, "organisationId");
    Require.present(kind, "kind");
    Require.optionalText(markText, "markText");
  }

  static List<String> pdqHashes(List<String> pdqHashes) {
    List<String> copy = Require.list(pdqHashes, "pdqHashes");
    for (String hash : copy) {
      Require.matching(hash, PDQ_HASH, "pdqHashes", "64 lower-case hex digits each");
    }
    return copy;
  }

  static List<Integer> pdqQualities(List<Integer> qualities, List<String> pdqHashes) {
    List<Integer> copy = Require.optionalList(qualities, "pdqQualities");
    Require.that(
        copy.isEmpty() || copy.size() == pdqHashes.size(),
        "pdqQualities",
        "pdqQualities must be empty or give one quality per hash");
    for (Integer quality : copy) {
      Require.that(
          quality >= 0 && quality <= 100, "pdqQualities", "pdqQualities must be 0 to 100 each");
    }
    return copy;
  }

  static List<String> markets(List<String> markets) {
    List<String> copy = Require.nonEmptyList(markets, "markets");
    for (String market : copy) {
      Require.market(market, "markets");
    }
    return copy;
  }
}
