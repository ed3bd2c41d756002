package com.shopwarden.moderation.hashbank;

import com.shopwarden.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The position after an entry in a bank's entry listing, which is in insertion order. Opaque to
 * callers (base64url), so its form may change; a keyset rather than an offset, so a page of a bank
 * of millions costs the same as the first and entries added meanwhile are not skipped.
 *
 * @param seq the insertion sequence number of the last entry of the previous page
 */
record EntryCursor(long seq) {

  private static final String PREFIX = "e";

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a previous page answered, or a 400 problem naming {@code after}. */
  static EntryCursor decode(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!plain.startsWith(PREFIX)) {
        throw notACursor();
      }
      long seq = Long.parseLong(plain.substring(PREFIX.length()));
      if (seq < 1) {
        throw notACursor();
      }
      return new EntryCursor(seq);
    } catch (IllegalArgumentException e) {
      // Not base64, or not a number (NumberFormatException is an IllegalArgumentException).
      throw notACursor();
    }
  }

  private static ProblemException notACursor() {
    return ProblemException.invalidField("after", "not a cursor of this listing");
  }
}
