package com.shopwarden.media.pdq;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * PDQ perceptual hashing (Meta's algorithm, implemented here from its published description).
 *
 * <p>Steps: float luminance, two passes of Jarosz box filters along rows and columns with a window
 * of about half a target cell, decimation to 64x64, the quality metric on that 64x64 image, a DCT
 * keeping 16x16 low (non-DC) frequencies, and one bit per coefficient above the median. Immutable
 * and thread-safe.
 *
 * <p>Hashing needs two floats per pixel of working memory, so encoded input is checked against a
 * pixel limit from its header before anything is decoded.
 */
public final class PdqHasher {

  /**
   * Images narrower or shorter than this get the all-zero hash with quality 0, as the reference.
   */
  public static final int MIN_DIMENSION = 5;

  /** Default limit for encoded input: 40 megapixels (320 MB of float working memory). */
  public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

  private final long maxPixels;

  /** A hasher accepting encoded images up to {@link #DEFAULT_MAX_PIXELS}. */
  public PdqHasher() {
    this(DEFAULT_MAX_PIXELS);
  }

  /** A hasher accepting encoded images of at most {@code maxPixels} pixels (width x height). */
  public PdqHasher(long maxPixels) {
    if (maxPixels < 1) {
      throw new IllegalArgumentException("maxPixels must be positive");
    }
    this.maxPixels = maxPixels;
  }

  /** Hashes an image. */
  public PdqDigest hash(BufferedImage image) {
    Frequencies f = frequencies(image);
    return new PdqDigest(
        f.coefficients == null ? zero() : PdqDct.threshold(f.coefficients), f.quality);
  }

  /** Hashes an image under all eight rotations and flips, from one luminance/DCT pass. */
  public PdqDihedralDigest hashDihedral(BufferedImage image) {
    Frequencies f = frequencies(image);
    List<PdqHash> hashes = new ArrayList<>(8);
    for (Dihedral transform : Dihedral.values()) {
      hashes.add(
          f.coefficients == null ? zero() : PdqDct.threshold(transform.apply(f.coefficients)));
    }
    return new PdqDihedralDigest(hashes, f.quality);
  }

  /** Decodes {@code encoded} with ImageIO (JPEG, PNG, GIF, BMP, ...) and hashes it. */
  public PdqDigest hash(byte[] encoded) throws UndecodableImageException, OversizedImageException {
    return hash(decode(encoded, maxPixels));
  }

  /** Decodes {@code encoded} with ImageIO and hashes it under all eight transforms. */
  public PdqDihedralDigest hashDihedral(byte[] encoded)
      throws UndecodableImageException, OversizedImageException {
    return hashDihedral(decode(encoded, maxPixels));
  }

  /**
   * Decodes the first image in {@code encoded} with the JDK's ImageIO (the decoder the conformance
   * data was produced with, used exactly as {@link ImageIO#read} uses it), after checking the
   * header's dimensions against {@code maxPixels}.
   */
  public static BufferedImage decode(byte[] encoded, long maxPixels)
      throws UndecodableImageException, OversizedImageException {
    // Memory-cached stream: ImageIO's default for input streams caches in temporary files.
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(encoded))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new UndecodableImageException("not an image format the JDK can decode", null);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > maxPixels) {
          throw new OversizedImageException(width, height, maxPixels);
        }
        return reader.read(0, reader.getDefaultReadParam());
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // ImageIO reports corrupt data as IOException or, for some plugins, as runtime exceptions.
      throw new UndecodableImageException("the image data could not be decoded", e);
    }
  }

  private static Frequencies frequencies(BufferedImage image) {
    int rows = image.getHeight();
    int cols = image.getWidth();
    if (rows < MIN_DIMENSION || cols < MIN_DIMENSION) {
      return new Frequencies(null, 0);
    }
    float[] luma = LumaPlane.of(image);
    float[] small = JaroszFilter.blurAndDecimate(luma, new float[luma.length], rows, cols);
    return new Frequencies(PdqDct.transform(small), PdqDct.quality(small));
  }

  private static PdqHash zero() {
    return new PdqHash(0, 0, 0, 0);
  }

  private record Frequencies(float[] coefficients, int quality) {}
}
