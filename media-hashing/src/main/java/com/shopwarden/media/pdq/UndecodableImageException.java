package com.shopwarden.media.pdq;

/** The bytes are not an image the JDK's ImageIO can decode. */
public final class UndecodableImageException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a reason safe to show to the uploader. */
  public UndecodableImageException(String message, Throwable cause) {
    super(message, cause);
  }
}
