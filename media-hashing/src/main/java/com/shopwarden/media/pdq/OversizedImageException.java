package com.shopwarden.media.pdq;

/** The image's header declares more pixels than the hasher accepts; nothing was decoded. */
public final class OversizedImageException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int width;
  private final int height;
  private final long maxPixels;

  /** Creates the exception for a {@code width} x {@code height} image over {@code maxPixels}. */
  public OversizedImageException(int width, int height, long maxPixels) {
    super(
        "the image is "
            + width
            + "x"
            + height
            + " pixels, more than the "
            + maxPixels
            + " pixels accepted");
    this.width = width;
    this.height = height;
    this.maxPixels = maxPixels;
  }

  /** Declared width. */
  public int width() {
    return width;
  }

  /** Declared height. */
  public int height() {
    return height;
  }

  /** The limit that was exceeded. */
  public long maxPixels() {
    return maxPixels;
  }
}
