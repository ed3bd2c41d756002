package com.shopwarden.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A maintained list of holiday dates, one per line: {@code 2025-01-01 New Year's Day}. Blank lines
 * and lines starting with {@code #} are ignored; a date listed twice keeps both names. Any other
 * line is an error naming the source and line, so a broken ConfigMap fails at start-up rather than
 * silently dropping holidays.
 *
 * @param source where the list came from (a resource or file name), for messages
 * @param holidays the listed dates and their names, in date order
 */
public record HolidayList(String source, SortedMap<LocalDate, String> holidays) {

  /** Validates and copies. */
  public HolidayList {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source is required");
    }
    holidays = Collections.unmodifiableSortedMap(new TreeMap<>(holidays));
  }

  /** Reads a list from a file (UTF-8). */
  public static HolidayList read(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read holiday list " + file, e);
    }
  }

  /** Reads a list from a class-path resource (UTF-8), e.g. {@code markets/holidays/ID.txt}. */
  public static HolidayList readResource(String resource) {
    InputStream in = HolidayList.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Holiday list resource not found: " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(resource, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read holiday list " + resource, e);
    }
  }

  /** Parses a list; {@code source} only names it in error messages. */
  public static HolidayList parse(String source, BufferedReader reader) throws IOException {
    SortedMap<LocalDate, String> holidays = new TreeMap<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int space = trimmed.indexOf(' ');
      if (space < 0) {
        throw invalid(source, lineNumber, "expected '<yyyy-MM-dd> <name>'");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(trimmed.substring(0, space));
      } catch (DateTimeParseException e) {
        throw invalid(source, lineNumber, "not an ISO date: " + trimmed.substring(0, space));
      }
      String name = trimmed.substring(space + 1).strip();
      holidays.merge(date, name, (a, b) -> a + " / " + b);
    }
    return new HolidayList(source, holidays);
  }

  private static IllegalArgumentException invalid(String source, int line, String problem) {
    return new IllegalArgumentException(
        "Invalid holiday list " + source + " line " + line + ": " + problem);
  }
}
