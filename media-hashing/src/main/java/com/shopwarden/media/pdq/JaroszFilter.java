package com.shopwarden.media.pdq;

/**
 * Downsamples a luminance plane to 64x64 the way PDQ does: repeated box filters along rows and
 * columns (two passes each approximate a tent/Gaussian blur, after Jarosz), then picking the centre
 * sample of each of the 64x64 cells.
 *
 * <p>All sums are float and the window arithmetic is integer, mirroring the reference so that the
 * hashes match bit for bit.
 */
final class JaroszFilter {

  static final int SIZE = 64;
  private static final int PASSES = 2;

  private JaroszFilter() {}

  /**
   * Blurs {@code plane} in place ({@code scratch} is a same-sized work buffer) and returns the
   * 64x64 decimation, row-major.
   */
  static float[] blurAndDecimate(float[] plane, float[] scratch, int rows, int cols) {
    int windowAlongRows = windowSize(cols);
    int windowAlongCols = windowSize(rows);
    for (int pass = 0; pass < PASSES; pass++) {
      for (int i = 0; i < rows; i++) {
        box(plane, scratch, i * cols, cols, 1, windowAlongRows);
      }
      boxColumns(scratch, plane, rows, cols, windowAlongCols);
    }
    return decimate(plane, rows, cols);
  }

  /** Window width so that about two windows cover each output cell, rounded up. */
  static int windowSize(int oldDimension) {
    return (oldDimension + 2 * SIZE - 1) / (2 * SIZE);
  }

  /**
   * One-dimensional moving average with a centred window that shrinks at both ends, over {@code
   * length} samples starting at {@code start} with the given {@code stride}.
   */
  static void box(float[] in, float[] out, int start, int length, int stride, int window) {
    int half = (window + 2) / 2;
    int lead = half - 1;
    int growing = window - half + 1;
    int full = length - window;
    int trailing = half - 1;

    int left = start;
    int right = start;
    int target = start;
    float sum = 0;
    int count = 0;
    for (int n = 0; n < lead; n++) {
      sum += in[right];
      count++;
      right += stride;
    }
    for (int n = 0; n < growing; n++) {
      sum += in[right];
      count++;
      out[target] = sum / count;
      right += stride;
      target += stride;
    }
    for (int n = 0; n < full; n++) {
      sum += in[right];
      sum -= in[left];
      out[target] = sum / count;
      left += stride;
      right += stride;
      target += stride;
    }
    for (int n = 0; n < trailing; n++) {
      sum -= in[left];
      count--;
      out[target] = sum / count;
      left += stride;
      target += stride;
    }
  }

  /**
   * {@link #box} down every column at once, sweeping the plane row by row: the same float
   * operations in the same order per column (so bit-identical results), but sequential memory
   * access instead of a stride of one row per sample, which on a 1920-pixel-wide image is what the
   * column pass spends most of its time on.
   */
  static void boxColumns(float[] in, float[] out, int rows, int cols, int window) {
    int half = (window + 2) / 2;
    int lead = half - 1;
    int growing = window - half + 1;
    int full = rows - window;
    int trailing = half - 1;

    float[] sum = new float[cols];
    int left = 0;
    int right = 0;
    int target = 0;
    int count = 0;
    for (int n = 0; n < lead; n++, right += cols) {
      for (int j = 0; j < cols; j++) {
        sum[j] += in[right + j];
      }
      count++;
    }
    for (int n = 0; n < growing; n++, right += cols, target += cols) {
      count++;
      for (int j = 0; j < cols; j++) {
        sum[j] += in[right + j];
        out[target + j] = sum[j] / count;
      }
    }
    for (int n = 0; n < full; n++, left += cols, right += cols, target += cols) {
      for (int j = 0; j < cols; j++) {
        sum[j] += in[right + j];
        sum[j] -= in[left + j];
        out[target + j] = sum[j] / count;
      }
    }
    for (int n = 0; n < trailing; n++, left += cols, target += cols) {
      count--;
      for (int j = 0; j < cols; j++) {
        sum[j] -= in[left + j];
        out[target + j] = sum[j] / count;
      }
    }
  }

  private static float[] decimate(float[] plane, int rows, int cols) {
    float[] out = new float[SIZE * SIZE];
    for (int i = 0; i < SIZE; i++) {
      int sourceRow = (int) (((i + 0.5) * rows) / SIZE);
      for (int j = 0; j < SIZE; j++) {
        int sourceCol = (int) (((j + 0.5) * cols) / SIZE);
        out[i * SIZE + j] = plane[sourceRow * cols + sourceCol];
      }
    }
    return out;
  }
}
