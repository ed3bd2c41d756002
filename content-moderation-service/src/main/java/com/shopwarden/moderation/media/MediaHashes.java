package com.shopwarden.moderation.media;

import java.util.List;

/**
 * The PDQ hash of an uploaded image.
 *
 * @param hash the image's hash, 64 hex digits (Meta's reference format)
 * @param quality PDQ quality 0-100; banks ignore hashes below their minimum (default 50)
 * @param dihedral the hashes of the eight rotations and flips, in the reference's order
 */
public record MediaHashes(String hash, int quality, List<Variant> dihedral) {

  /**
   * One rotation or flip.
   *
   * @param transform {@code ORIGINAL}, {@code ROTATE_90}, ..., {@code FLIP_MINUS_1}
   * @param hash its hash
   */
  public record Variant(String transform, String hash) {}
}
