package com.shopwarden.media.pdq;

import java.util.List;

/**
 * The hashes of an image under all eight {@link Dihedral} transforms, computed from one pass, with
 * the (shared) quality.
 *
 * @param hashes eight hashes indexed by {@link Dihedral#ordinal()}
 * @param quality 0..100
 */
public record PdqDihedralDigest(List<PdqHash> hashes, int quality) {

  /** Checks there is one hash per transform. */
  public PdqDihedralDigest {
    hashes = List.copyOf(hashes);
    if (hashes.size() != Dihedral.values().length) {
      throw new IllegalArgumentException("one hash per dihedral transform is required");
    }
  }

  /** The eight variants in the reference's order (original, rotate 90, ..., flip -1). */
  public List<PdqHash> dihedral() {
    return hashes;
  }

  /** The hash of the image under {@code transform}. */
  public PdqHash hash(Dihedral transform) {
    return hashes.get(transform.ordinal());
  }

  /** The untransformed image's hash and quality. */
  public PdqDigest original() {
    return new PdqDigest(hash(Dihedral.ORIGINAL), quality);
  }
}
