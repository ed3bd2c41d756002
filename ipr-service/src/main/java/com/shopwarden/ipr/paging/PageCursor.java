package com.shopwarden.ipr.paging;

import com.shopwarden.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An opaque keyset cursor: the sort key of the last row a page returned, so the next page starts
 * after it however many rows were added meanwhile. Encoded as base64url of the key's parts; a
 * cursor that does not decode to the listing's parts is a 400 on {@code cursor}.
 */
public final class PageCursor {

  /** Longest cursor a listing accepts (query parameter bound). */
  public static final int MAX_LENGTH = 200;

  private static final String SEPARATOR = "|";

  private final List<String> parts;

  private PageCursor(List<String> parts) {
    this.parts = parts;
  }

  /** A cursor holding the given key parts (none may contain '|'). */
  public static String encode(Object... parts) {
    StringBuilder joined = new StringBuilder();
    for (Object part : parts) {
      if (joined.length() > 0) {
        joined.append(SEPARATOR);
      }
      joined.append(part);
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor's parts, or {@code null} for the first page (no cursor given). */
  public static PageCursor decode(String cursor, int expectedParts) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      List<String> parts = List.of(joined.split("\\|", -1));
      if (parts.size() != expectedParts) {
        throw invalid();
      }
      return new PageCursor(parts);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  public Instant instant(int index) {
    try {
      return Instant.parse(parts.get(index));
    } catch (DateTimeParseException e) {
      throw invalid();
    }
  }

  public UUID uuid(int index) {
    try {
      return UUID.fromString(parts.get(index));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  public long number(int index) {
    try {
      return Long.parseLong(parts.get(index));
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  public boolean flag(int index) {
    return switch (parts.get(index)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid();
    };
  }

  private static ProblemException invalid() {
    return ProblemException.invalidField("cursor", "not a cursor of this listing");
  }
}
