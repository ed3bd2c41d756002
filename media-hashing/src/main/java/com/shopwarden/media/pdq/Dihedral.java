package com.shopwarden.media.pdq;

/**
 * The eight rotations and reflections of an image, in the order the PDQ reference lists them. Each
 * constant knows how to obtain the transformed image's DCT coefficients from the original's.
 */
public enum Dihedral {
  ORIGINAL(false, false, false),
  ROTATE_90(true, true, false),
  ROTATE_180(false, true, true),
  ROTATE_270(true, false, true),
  FLIP_X(false, true, false),
  FLIP_Y(false, false, true),
  FLIP_PLUS_1(true, false, false),
  FLIP_MINUS_1(true, true, true);

  private final boolean transpose;
  private final boolean mirrorRows;
  private final boolean mirrorCols;

  Dihedral(boolean transpose, boolean mirrorRows, boolean mirrorCols) {
    this.transpose = transpose;
    this.mirrorRows = mirrorRows;
    this.mirrorCols = mirrorCols;
  }

  float[] apply(float[] coefficients) {
    return PdqDct.dihedral(coefficients, transpose, mirrorRows, mirrorCols);
  }
}
