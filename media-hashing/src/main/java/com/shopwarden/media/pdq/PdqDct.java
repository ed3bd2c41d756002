package com.shopwarden.media.pdq;

import java.util.Arrays;

/**
 * The frequency-domain half of PDQ: the 64x64 → 16x16 DCT, the image-domain quality metric, the
 * median threshold to 256 bits, and the dihedral transforms applied to DCT coefficients.
 *
 * <p>The DCT keeps basis functions 1..16 in each direction (the DC term 0 is skipped). Basis {@code
 * k} is symmetric under mirroring when {@code k} is even and antisymmetric when odd, so mirroring
 * the image negates the coefficients whose index {@code i} (basis {@code i + 1}) is even; a
 * transpose of the image transposes the coefficients. Every rotation or flip is a combination of
 * those, which is why the eight variants come from one DCT.
 */
final class PdqDct {

  static final int OUT = 16;
  private static final int IN = JaroszFilter.SIZE;
  private static final float[] MATRIX = matrix();

  private PdqDct() {}

  private static float[] matrix() {
    float[] d = new float[OUT * IN];
    double scale = Math.sqrt(2.0 / IN);
    for (int i = 0; i < OUT; i++) {
      for (int k = 0; k < IN; k++) {
        d[i * IN + k] = (float) (scale * Math.cos((Math.PI / 2 / IN) * (i + 1) * (2 * k + 1)));
      }
    }
    return d;
  }

  /** {@code D · A · Dᵀ} for the 64x64 row-major {@code a}; returns 16x16 row-major. */
  static float[] transform(float[] a) {
    float[] rowsDone = new float[OUT * IN];
    for (int i = 0; i < OUT; i++) {
      for (int j = 0; j < IN; j++) {
        float sum = 0;
        for (int k = 0; k < IN; k++) {
          sum += MATRIX[i * IN + k] * a[k * IN + j];
        }
        rowsDone[i * IN + j] = sum;
      }
    }
    float[] b = new float[OUT * OUT];
    for (int i = 0; i < OUT; i++) {
      for (int j = 0; j < OUT; j++) {
        float sum = 0;
        for (int k = 0; k < IN; k++) {
          sum += rowsDone[i * IN + k] * MATRIX[j * IN + k];
        }
        b[i * OUT + j] = sum;
      }
    }
    return b;
  }

  /**
   * Quality 0..100 from the sum of absolute neighbour differences of the 64x64 image (in percent of
   * full scale, truncated), divided by 90: flat or near-blank images score low.
   */
  static int quality(float[] a) {
    int gradientSum = 0;
    for (int i = 0; i < IN - 1; i++) {
      for (int j = 0; j < IN; j++) {
        float u = a[i * IN + j];
        float v = a[(i + 1) * IN + j];
        gradientSum += Math.abs((int) (((u - v) * 100) / 255));
      }
    }
    for (int i = 0; i < IN; i++) {
      for (int j = 0; j < IN - 1; j++) {
        float u = a[i * IN + j];
        float v = a[i * IN + j + 1];
        gradientSum += Math.abs((int) (((u - v) * 100) / 255));
      }
    }
    return Math.min(100, gradientSum / 90);
  }

  /**
   * One bit per coefficient: set when strictly above the median, taken as the 128th smallest of the
   * 256 values (the value the reference's Torben median search returns).
   */
  static PdqHash threshold(float[] coefficients) {
    float[] sorted = coefficients.clone();
    Arrays.sort(sorted);
    float median = sorted[coefficients.length / 2 - 1];
    long[] words = new long[4];
    for (int k = 0; k < coefficients.length; k++) {
      if (coefficients[k] > median) {
        words[k >>> 6] |= 1L << (k & 63);
      }
    }
    return PdqHash.fromWords(words, 0);
  }

  /**
   * The coefficients of the transformed image: optionally transposed, then rows with even index
   * negated when {@code mirrorRows}, columns with even index negated when {@code mirrorCols}.
   * Mirroring is expressed in the output's orientation.
   */
  static float[] dihedral(float[] c, boolean transpose, boolean mirrorRows, boolean mirrorCols) {
    float[] out = new float[OUT * OUT];
    for (int i = 0; i < OUT; i++) {
      for (int j = 0; j < OUT; j++) {
        float value = transpose ? c[j * OUT + i] : c[i * OUT + j];
        boolean negate = (mirrorRows && (i & 1) == 0) ^ (mirrorCols && (j & 1) == 0);
        out[i * OUT + j] = negate ? -value : value;
      }
    }
    return out;
  }
}
