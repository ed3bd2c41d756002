package com.shopwarden.media.pdq;

import java.util.Locale;

/**
 * A 256-bit PDQ hash held as four primitive words.
 *
 * <p>Bit {@code k} (0..255) is bit {@code k % 64} of word {@code k / 64}; bit {@code 16 * i + j} is
 * set when DCT coefficient (row {@code i}, column {@code j}) lies above the median. The hex form is
 * the reference's: 64 hex digits, most significant 16-bit group (bits 240..255) first, which is
 * exactly the four words printed big-endian from {@code w3} down to {@code w0}.
 *
 * @param w0 bits 0..63
 * @param w1 bits 64..127
 * @param w2 bits 128..191
 * @param w3 bits 192..255
 */
public record PdqHash(long w0, long w1, long w2, long w3) {

  /** Number of bits in a hash. */
  public static final int BITS = 256;

  /** Parses the reference's 64-hex-digit form (case-insensitive). */
  public static PdqHash fromHex(String hex) {
    if (hex == null || hex.length() != 64) {
      throw new IllegalArgumentException("a PDQ hash is 64 hex digits");
    }
    return new PdqHash(word(hex, 3), word(hex, 2), word(hex, 1), word(hex, 0));
  }

  private static long word(String hex, int group) {
    try {
      return Long.parseUnsignedLong(hex.substring(group * 16, group * 16 + 16), 16);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a PDQ hash is 64 hex digits", e);
    }
  }

  /** Builds a hash from its four words, {@code words[0]} holding bits 0..63. */
  public static PdqHash fromWords(long[] words, int offset) {
    return new PdqHash(words[offset], words[offset + 1], words[offset + 2], words[offset + 3]);
  }

  /** Copies the four words into {@code target} at {@code offset}. */
  public void copyTo(long[] target, int offset) {
    target[offset] = w0;
    target[offset + 1] = w1;
    target[offset + 2] = w2;
    target[offset + 3] = w3;
  }

  /** Returns word {@code index} (0..3). */
  public long word(int index) {
    return switch (index) {
      case 0 -> w0;
      case 1 -> w1;
      case 2 -> w2;
      case 3 -> w3;
      default -> throw new IndexOutOfBoundsException(index);
    };
  }

  /** Whether bit {@code k} (0..255) is set. */
  public boolean bit(int k) {
    return ((word(k >>> 6) >>> (k & 63)) & 1L) != 0;
  }

  /** Hamming distance: the number of differing bits, 0..256. */
  public int distance(PdqHash other) {
    return Long.bitCount(w0 ^ other.w0)
        + Long.bitCount(w1 ^ other.w1)
        + Long.bitCount(w2 ^ other.w2)
        + Long.bitCount(w3 ^ other.w3);
  }

  /** Number of set bits. */
  public int bitCount() {
    return Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2) + Long.bitCount(w3);
  }

  /** The reference's 64-hex-digit form. */
  public String toHex() {
    return String.format(Locale.ROOT, "%016x%016x%016x%016x", w3, w2, w1, w0);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
