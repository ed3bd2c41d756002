package com.shopwarden.media.pdq;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Converts an image to the float luminance plane PDQ works on (row-major, {@code rows * cols}).
 *
 * <p>The reference reads pixels through {@link BufferedImage#getRGB}, i.e. after the image's colour
 * model has converted them to sRGB (that matters for grey and indexed images). The fast paths below
 * read the raster directly only for layouts where {@code getRGB} is a pure byte reshuffle, so they
 * give identical values.
 */
final class LumaPlane {

  // float, as in the reference: the products and sums are float arithmetic.
  private static final float RED = 0.299f;
  private static final float GREEN = 0.587f;
  private static final float BLUE = 0.114f;

  private LumaPlane() {}

  static float[] of(BufferedImage image) {
    int cols = image.getWidth();
    int rows = image.getHeight();
    float[] luma = new float[rows * cols];
    switch (image.getType()) {
      case BufferedImage.TYPE_3BYTE_BGR -> fromBgrBytes(image, luma, rows, cols);
      case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB ->
          fromPackedInts(image, luma, rows, cols);
      default -> fromRgbRows(image, luma, rows, cols);
    }
    return luma;
  }

  private static void fromBgrBytes(BufferedImage image, float[] luma, int rows, int cols) {
    if (!isPlainRaster(image, rows, cols, 3)) {
      fromRgbRows(image, luma, rows, cols);
      return;
    }
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int p = 0, b = 0; p < luma.length; p++, b += 3) {
      luma[p] = luma(bgr[b + 2] & 0xff, bgr[b + 1] & 0xff, bgr[b] & 0xff);
    }
  }

  private static void fromPackedInts(BufferedImage image, float[] luma, int rows, int cols) {
    if (!isPlainRaster(image, rows, cols, 1)) {
      fromRgbRows(image, luma, rows, cols);
      return;
    }
    int[] packed = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    for (int p = 0; p < luma.length; p++) {
      int rgb = packed[p];
      luma[p] = luma((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
  }

  /** True when the raster is the whole, unshifted backing array (not a sub-image view). */
  private static boolean isPlainRaster(BufferedImage image, int rows, int cols, int perPixel) {
    var raster = image.getRaster();
    var buffer = raster.getDataBuffer();
    return raster.getParent() == null
        && raster.getSampleModelTranslateX() == 0
        && raster.getSampleModelTranslateY() == 0
        && buffer.getNumBanks() == 1
        && buffer.getOffset() == 0
        && buffer.getSize() == rows * cols * perPixel;
  }

  private static void fromRgbRows(BufferedImage image, float[] luma, int rows, int cols) {
    int[] row = new int[cols];
    for (int i = 0; i < rows; i++) {
      image.getRGB(0, i, cols, 1, row, 0, cols);
      int base = i * cols;
      for (int j = 0; j < cols; j++) {
        int rgb = row[j];
        luma[base + j] = luma((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
      }
    }
  }

  private static float luma(int r, int g, int b) {
    return RED * r + GREEN * g + BLUE * b;
  }
}
