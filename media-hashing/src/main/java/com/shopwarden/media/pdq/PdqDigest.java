package com.shopwarden.media.pdq;

/**
 * A PDQ hash with its quality.
 *
 * @param hash the 256-bit hash
 * @param quality 0..100; below about 50 the image is too flat for the hash to be meaningful
 */
public record PdqDigest(PdqHash hash, int quality) {

  /** Validates the quality range. */
  public PdqDigest {
    if (hash == null) {
      throw new IllegalArgumentException("hash is required");
    }
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0..100");
    }
  }
}
