package com.shopwarden.moderation.hashbank;

import com.shopwarden.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a bulk load of {@code hash,quality,label} lines, all or nothing: the first bad line
 * refuses the whole body, naming its 1-based line number (field {@code csv[<line>]}, extension
 * {@code row}). An optional first line {@code hash,quality,label} is a header; blank lines are
 * skipped; the label is everything after the second comma.
 */
public final class HashCsv {

  /** Most entries one load may carry. */
  public static final int MAX_ROWS = 10_000;

  private HashCsv() {}

  /** The rows of the body, or a problem naming the first bad line. */
  public static List<CompiledHashBank.Row> parse(String body) {
    if (body == null || body.isBlank()) {
      throw ProblemException.invalidField("csv", "no rows");
    }
    String[] lines = body.split("\r?\n", -1);
    List<CompiledHashBank.Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int number = i + 1;
      if (line.isEmpty()
          || (i == 0
              && line.toLowerCase(Locale.ROOT).replace(" ", "").equals("hash,quality,label"))) {
        continue;
      }
      if (rows.size() == MAX_ROWS) {
        throw ProblemException.invalidField("csv", "more than " + MAX_ROWS + " rows")
            .with("maxRows", MAX_ROWS);
      }
      rows.add(row(line, number));
    }
    if (rows.isEmpty()) {
      throw ProblemException.invalidField("csv", "no rows");
    }
    return rows;
  }

  private static CompiledHashBank.Row row(String line, int number) {
    String[] parts = line.split(",", 3);
    if (parts.length < 2) {
      throw bad(number, "expected hash,quality,label");
    }
    String hash = parts[0].strip();
    if (!hash.matches(HashBankRequests.HEX)) {
      throw bad(number, "hash must be 64 hex digits");
    }
    int quality;
    try {
      quality = Integer.parseInt(parts[1].strip());
    } catch (NumberFormatException e) {
      throw bad(number, "quality must be an integer 0-100");
    }
    if (quality < 0 || quality > 100) {
      throw bad(number, "quality must be an integer 0-100");
    }
    String label = parts.length == 3 ? parts[2].strip() : "";
    if (label.length() > 200) {
      throw bad(number, "label longer than 200 characters");
    }
    return new CompiledHashBank.Row(hash.toLowerCase(Locale.ROOT), quality, label);
  }

  private static ProblemException bad(int line, String message) {
    return ProblemException.invalidField("csv[" + line + "]", "line " + line + ": " + message)
        .with("row", line);
  }
}
