package com.shopwarden.moderation.review;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Decides whether an id falls into a sample of a given share, the same way on every replica and in
 * every run: the first 53 bits of SHA-256 of the id's text, read as a fraction of 1, fall below the
 * share. So a QA or ALLOW sample can be predicted exactly by tests and re-derived by auditors.
 */
public final class StableSample {

  private StableSample() {}

  /** The id's fixed position in [0, 1). */
  public static double position(UUID id) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(id.toString().getBytes(StandardCharsets.US_ASCII));
      long bits = ByteBuffer.wrap(digest).getLong() >>> 11;
      return bits / (double) (1L << 53);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** True when the id is in a sample of {@code share} (0 never, 1 always). */
  public static boolean includes(UUID id, double share) {
    return position(id) < share;
  }
}
