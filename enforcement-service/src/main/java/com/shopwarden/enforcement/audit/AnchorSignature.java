package com.shopwarden.enforcement.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs audit anchors with a key the database does not hold (HMAC-SHA256), so someone who can write
 * the database cannot make an anchor that matches a chain they shortened or rewrote.
 */
public final class AnchorSignature {

  /**
   * Shortest key accepted: 32 characters, the HMAC-SHA256 block of entropy it is meant to carry.
   */
  public static final int MIN_KEY_LENGTH = 32;

  private final byte[] key;

  public AnchorSignature(String key) {
    if (key.length() < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "the audit anchor key must be at least " + MIN_KEY_LENGTH + " characters");
    }
    this.key = key.getBytes(StandardCharsets.UTF_8);
  }

  /** The signature of an anchor, lower-case hex. */
  public String sign(long seq, String hash, Instant anchoredAt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      // Fixed order and separators; seq and time cannot contain ':' themselves.
      String signed = seq + ":" + hash + ":" + anchoredAt;
      return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }

  /** Whether the signature was made with this key over exactly these values. */
  public boolean verify(long seq, String hash, Instant anchoredAt, String signature) {
    if (signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(seq, hash, anchoredAt).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }
}
