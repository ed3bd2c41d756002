package com.shopwarden.moderation.termlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.shopwarden.contracts.Severity;
import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import com.shopwarden.text.EvasionNormaliser;
import com.shopwarden.text.MatchMode;
import com.shopwarden.text.ScreeningLanguages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A bulk import of terms and allow-list exceptions, checked whole before anything is written: every
 * row is validated and the import is refused with a problem listing the first {@value #MAX_ERRORS}
 * failing rows (row number and column), or it is accepted entire.
 *
 * <p>Rows come from a CSV body ({@code term,mode,severity[,languages]} with that header, the mode
 * {@code EXCEPTION} for an allow-list exception, languages separated by spaces or semicolons; row 1
 * is the header, as a spreadsheet counts) or from a JSON array shaped like the entries of {@code
 * GET /term-lists/{name}} (row 1 is the first element), so a list can be exported and imported
 * again.
 */
public final class TermImport {

  /** Most rows one import may carry (the 1 MB body limit may be reached first). */
  public static final int MAX_ROWS = 50_000;

  /** Most row errors one refusal lists. */
  public static final int MAX_ERRORS = 100;

  static final int MAX_TEXT = 200;
  static final int MAX_LANGUAGES = 20;

  private static final CsvMapper CSV = new CsvMapper();
  private static final EvasionNormaliser NORMALISER = new EvasionNormaliser();
  private static final List<String> COLUMNS = List.of("term", "mode", "severity", "languages");

  /** One checked row: a term (mode and severity set) or an exception (both null). */
  public record Entry(
      int row, String kind, String text, MatchMode mode, Severity severity, Set<String> languages) {

    /** What makes two entries the same, so a repeated row or an existing entry is noticed. */
    String identity() {
      return identity(
          kind,
          text,
          mode == null ? null : mode.name(),
          severity == null ? null : severity.name(),
          new TreeSet<>(languages));
    }

    static String identity(
        String kind, String text, String mode, String severity, TreeSet<String> languages) {
      return kind + "|" + text + "|" + mode + "|" + severity + "|" + String.join(",", languages);
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final List<FieldViolation> errors = new ArrayList<>();
  private final Map<String, Integer> seen = new HashMap<>();
  private final String textColumn;
  private int rows;
  private int errorCount;

  private TermImport(String textColumn) {
    this.textColumn = textColumn;
  }

  /** The checked entries in row order. */
  public List<Entry> entries() {
    return entries;
  }

  /** Parses and checks a CSV body. */
  public static TermImport fromCsv(String body) {
    TermImport result = new TermImport("term");
    if (body == null || body.isBlank()) {
      throw ProblemException.invalidField("csv", "no rows");
    }
    // Spreadsheets save UTF-8 CSV with a byte order mark, which would spoil the header.
    String text = body.charAt(0) == '\uFEFF' ? body.substring(1) : body;
    MappingIterator<String[]> records;
    try {
      records =
          CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text);
    } catch (IOException e) {
      throw ProblemException.invalidField("csv", "the body is not CSV");
    }
    Map<String, Integer> columns = null;
    int row = 0;
    try {
      while (true) {
        // A record starts where the previous one ended, which counts quoted line breaks.
        row = records.getCurrentLocation().getLineNr();
        if (!records.hasNextValue()) {
          break;
        }
        String[] cells = records.nextValue();
        if (Arrays.stream(cells).allMatch(String::isBlank)) {
          continue;
        }
        if (columns == null) {
          columns = header(cells, row);
          continue;
        }
        result.count(row);
        result.check(
            row,
            cell(cells, columns.get("term")),
            null,
            cell(cells, columns.get("mode")),
            cell(cells, columns.get("severity")),
            splitLanguages(cell(cells, columns.get("languages"))));
      }
    } catch (IOException e) {
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : "unreadable";
      result.fail(row, "csv", "the CSV cannot be read: " + why);
    }
    if (columns == null) {
      throw ProblemException.invalidField("csv", "no rows");
    }
    return result.finish();
  }

  /** Checks the rows of a JSON body. */
  public static TermImport fromJson(List<TermListRequests.ImportRow> rows) {
    TermImport result = new TermImport("text");
    if (rows == null) {
      throw ProblemException.invalidField("rows", "no rows");
    }
    for (int i = 0; i < rows.size(); i++) {
      int row = i + 1;
      result.count(row);
      TermListRequests.ImportRow r = rows.get(i);
      if (r == null) {
        result.fail(row, "row", "is null");
        continue;
      }
      String kind = r.kind() == null ? null : r.kind().strip().toUpperCase(Locale.ROOT);
      if (kind != null
          && !kind.equals(TermEntryEntity.TERM)
          && !kind.equals(TermEntryEntity.EXCEPTION)) {
        result.fail(row, "kind", "must be TERM or EXCEPTION");
        continue;
      }
      result.check(row, r.text(), kind, r.mode(), r.severity(), r.languages());
    }
    return result.finish();
  }

  private static Map<String, Integer> header(String[] cells, int row) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      String name = cells[i].strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name) || columns.containsKey(name)) {
        throw headerProblem(row);
      }
      columns.put(name, i);
    }
    if (!columns.keySet().containsAll(COLUMNS.subList(0, 3))) {
      throw headerProblem(row);
    }
    return columns;
  }

  private static ProblemException headerProblem(int row) {
    return ProblemException.invalidField(
            "rows[" + row + "]", "the first row must be the header term,mode,severity[,languages]")
        .with("row", row);
  }

  private void count(int row) {
    if (++rows > MAX_ROWS) {
      throw ProblemException.invalidField("rows", "more than " + MAX_ROWS + " rows")
          .with("maxRows", MAX_ROWS)
          .with("row", row);
    }
  }

  /**
   * Checks one row. Without a {@code kind} (CSV, or JSON that leaves it out) the mode {@code
   * EXCEPTION} names an exception.
   */
  private void check(
      int row, String text, String kind, String mode, String severity, List<String> languages) {
    int before = errorCount;
    String term = text == null ? "" : text.strip();
    if (term.isEmpty()) {
      fail(row, textColumn, "is empty");
    } else if (term.length() > MAX_TEXT) {
      fail(row, textColumn, "is longer than " + MAX_TEXT + " characters");
    } else if (!matchable(term)) {
      fail(row, textColumn, "has no letters or digits to match");
    }
    String modeName = mode == null ? "" : mode.strip().toUpperCase(Locale.ROOT);
    boolean exception =
        TermEntryEntity.EXCEPTION.equals(kind)
            || (kind == null && modeName.equals(TermEntryEntity.EXCEPTION));
    MatchMode matchMode = null;
    Severity level = null;
    if (!exception) {
      matchMode = parse(MatchMode.class, modeName);
      if (matchMode == null) {
        fail(
            row,
            "mode",
            kind == null
                ? "must be WHOLE_WORD, PHRASE, SUBSTRING or EXCEPTION"
                : "must be WHOLE_WORD, PHRASE or SUBSTRING for a TERM");
      }
      level = parse(Severity.class, severity == null ? "" : severity.strip());
      if (level == null) {
        fail(row, "severity", "must be one of " + Arrays.toString(Severity.values()));
      }
    }
    Set<String> codes = new TreeSet<>();
    if (languages != null) {
      if (languages.size() > MAX_LANGUAGES) {
        fail(row, "languages", "more than " + MAX_LANGUAGES);
      }
      for (String language : languages) {
        String code = language == null ? "" : language.strip();
        if (!ScreeningLanguages.supports(code)) {
          fail(row, "languages", "unsupported language '" + code + "'");
          break;
        }
        codes.add(code);
      }
    }
    if (errorCount > before) {
      return;
    }
    Entry entry =
        new Entry(
            row,
            exception ? TermEntryEntity.EXCEPTION : TermEntryEntity.TERM,
            term,
            matchMode,
            level,
            Set.copyOf(codes));
    Integer first = seen.putIfAbsent(entry.identity(), row);
    if (first != null) {
      fail(row, textColumn, "repeats row " + first);
      return;
    }
    entries.add(entry);
  }

  private void fail(int row, String column, String message) {
    errorCount++;
    if (errors.size() < MAX_ERRORS) {
      errors.add(new FieldViolation("rows[" + row + "]." + column, message));
    }
  }

  private TermImport finish() {
    if (errorCount > 0) {
      String detail =
          errorCount
              + (errorCount == 1 ? " error" : " errors")
              + " in the import, nothing was changed"
              + (errorCount > errors.size() ? "; the first " + errors.size() + " are listed" : "");
      throw new ProblemException(
          ProblemType.VALIDATION, detail, errors, Map.of("errorCount", errorCount));
    }
    if (entries.isEmpty()) {
      throw ProblemException.invalidField("rows", "no rows");
    }
    return this;
  }

  /** Whether the text keeps something to match after normalisation, as the matcher requires. */
  private static boolean matchable(String text) {
    return !NORMALISER.normalise(text, ScreeningLanguages.require("en")).text().isEmpty()
        && !NORMALISER.normalise(text, ScreeningLanguages.require("vi")).text().isEmpty();
  }

  private static String cell(String[] cells, Integer column) {
    return column == null || column >= cells.length ? null : cells[column];
  }

  private static List<String> splitLanguages(String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    return Arrays.stream(cell.strip().split("[\\s;]+")).toList();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
