package com.shopwarden.moderation.strategy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A stable bucket 0..9999 of an item, from a hash of its identity on its platform (source platform
 * and external id, the same for every version): canary membership and SHADOW sampling are decided
 * by it, so the same item gets the same treatment in every replica, after every restart and for
 * every version of it (a canary does not flip a listing between versions).
 */
public final class ContentBucket {

  /** Buckets per item space: shares are in basis points. */
  public static final int BUCKETS = 10_000;

  /** A bucket outside every canary: for callers that screen without an item identity. */
  public static final int NONE = Integer.MAX_VALUE;

  private static final String CANARY = "canary:";
  private static final String SHADOW_SAMPLE = "shadow-sample:";

  private ContentBucket() {}

  /** The item's canary bucket. */
  public static int canary(String sourcePlatform, String externalId) {
    return bucket(CANARY + sourcePlatform + "/" + externalId);
  }

  /**
   * Whether the item's SHADOW hits are sampled for labelling at this share (0..1). Salted apart
   * from the canary bucket so that the sampled items are not all inside (or outside) the canary.
   */
  public static boolean shadowSampled(String sourcePlatform, String externalId, double share) {
    return bucket(SHADOW_SAMPLE + sourcePlatform + "/" + externalId) < Math.round(share * BUCKETS);
  }

  static int bucket(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (digest[i] & 0xff);
      }
      return (int) Math.floorMod(value, (long) BUCKETS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
