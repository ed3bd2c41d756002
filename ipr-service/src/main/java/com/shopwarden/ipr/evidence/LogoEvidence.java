package com.shopwarden.ipr.evidence;

import com.shopwarden.ipr.asset.ProtectionAsset;
import com.shopwarden.ipr.evidence.Evidence.LogoDistance;
import com.shopwarden.media.pdq.PdqHash;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares an item's PDQ hashes with the cited assets' logo hashes: for each logo hash, the nearest
 * item hash and its Hamming distance, and whether that is within the matching threshold.
 */
final class LogoEvidence {

  private LogoEvidence() {}

  static List<LogoDistance> compare(
      List<ProtectionAsset> cited, List<String> contentHashes, int threshold, int minQuality) {
    if (contentHashes == null || contentHashes.isEmpty()) {
      return List.of();
    }
    List<PdqHash> content = contentHashes.stream().map(PdqHash::fromHex).toList();
    List<LogoDistance> distances = new ArrayList<>();
    for (ProtectionAsset asset : cited) {
      for (int i = 0; i < asset.pdqHashes.size(); i++) {
        PdqHash logo = PdqHash.fromHex(asset.pdqHashes.get(i));
        int best = Integer.MAX_VALUE;
        PdqHash nearest = null;
        for (PdqHash candidate : content) {
          int distance = logo.distance(candidate);
          if (distance < best) {
            best = distance;
            nearest = candidate;
          }
        }
        Integer quality = asset.qualityOf(i);
        distances.add(
            new LogoDistance(
                asset.id,
                logo.toHex(),
                quality,
                nearest.toHex(),
                best,
                best <= threshold,
                quality != null && quality < minQuality));
      }
    }
    return distances;
  }
}
