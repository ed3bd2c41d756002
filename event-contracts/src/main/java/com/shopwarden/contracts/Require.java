package com.shopwarden.contracts;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Field checks shared by the compact constructors of the event records. Every failure is an {@link
 * InvalidFieldException} naming the field, which {@link EventJson} turns into an {@link
 * EventReadException}. Not part of the published contract; the JSON Schemas state the same rules.
 */
public final class Require {

  /** ISO 3166-1 alpha-2, the form of every market code (ID, MY, US, DE...). */
  private static final Pattern MARKET_CODE = Pattern.compile("[A-Z]{2}");

  /** ISO 639-1, lower case: the language of a content item. */
  private static final Pattern CONTENT_LANGUAGE = Pattern.compile("[a-z]{2}");

  private Require() {}

  /**
   * Checks the envelope every event carries: its id, a market code and the time it happened.
   *
   * @throws InvalidFieldException naming {@code eventId}, {@code market} or {@code occurredAt}
   */
  public static void envelope(UUID eventId, String market, Instant occurredAt) {
    present(eventId, "eventId");
    market(market, "market");
    present(occurredAt, "occurredAt");
  }

  /** The value, or an {@link InvalidFieldException} "{@code field} is required" when it is null. */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidFieldException(field, field + " is required");
    }
    return value;
  }

  /** A required text: present and not blank. */
  public static String text(String value, String field) {
    present(value, field);
    if (value.isBlank()) {
      throw new InvalidFieldException(field, field + " must not be blank");
    }
    return value;
  }

  /** An optional text: null is accepted, a blank string is not (it would mean nothing). */
  public static String optionalText(String value, String field) {
    return value == null ? null : text(value, field);
  }

  /** A required market code (two upper-case letters, ISO 3166-1 alpha-2). */
  public static String market(String value, String field) {
    return matching(value, MARKET_CODE, field, "a two-letter upper-case market code");
  }

  /**
   * An optional text that, when present, matches {@code pattern}; {@code expected} says in words
   * what it must look like.
   */
  public static String optionalMatching(
      String value, Pattern pattern, String field, String expected) {
    if (value != null && !pattern.matcher(value).matches()) {
      throw new InvalidFieldException(field, field + " must be " + expected);
    }
    return value;
  }

  /** A required text that matches {@code pattern}. */
  public static String matching(String value, Pattern pattern, String field, String expected) {
    present(value, field);
    return optionalMatching(value, pattern, field, expected);
  }

  /** An optional content language: null, or an ISO 639-1 code in lower case ({@code id}). */
  public static String optionalContentLanguage(String value, String field) {
    return optionalMatching(value, CONTENT_LANGUAGE, field, "an ISO 639-1 code in lower case");
  }

  /**
   * The strategy that produced a decision: both {@code strategyId} and {@code strategyVersion}, or
   * neither.
   */
  public static void strategyPair(String strategyId, Integer strategyVersion) {
    optionalText(strategyId, "strategyId");
    optionalAtLeast(strategyVersion, 1, "strategyVersion");
    if (strategyId != null && strategyVersion == null) {
      throw new InvalidFieldException(
          "strategyVersion", "strategyVersion is required when strategyId is given");
    }
    if (strategyId == null && strategyVersion != null) {
      throw new InvalidFieldException(
          "strategyId", "strategyId is required when strategyVersion is given");
    }
  }

  /** A whole number not below {@code min}. */
  public static int atLeast(int value, int min, String field) {
    if (value < min) {
      throw new InvalidFieldException(field, field + " must be at least " + min);
    }
    return value;
  }

  /** A whole number not below {@code min}. */
  public static long atLeast(long value, long min, String field) {
    if (value < min) {
      throw new InvalidFieldException(field, field + " must be at least " + min);
    }
    return value;
  }

  /** An optional whole number: null is accepted, otherwise not below {@code min}. */
  public static Integer optionalAtLeast(Integer value, int min, String field) {
    return value == null ? null : atLeast(value.intValue(), min, field);
  }

  /** A finite decimal not below {@code min}. */
  public static double atLeast(double value, double min, String field) {
    if (!Double.isFinite(value) || value < min) {
      throw new InvalidFieldException(field, field + " must be a number of at least " + min);
    }
    return value;
  }

  /** An optional ratio: null is accepted, otherwise between 0 and 1. */
  public static Double optionalRatio(Double value, String field) {
    if (value != null && (!Double.isFinite(value) || value < 0 || value > 1)) {
      throw new InvalidFieldException(field, field + " must be between 0 and 1");
    }
    return value;
  }

  /** An optional end that, when present, lies after the start. */
  public static Instant optionalEndAfter(Instant end, Instant start, String field) {
    if (end != null && start != null && !end.isAfter(start)) {
      throw new InvalidFieldException(field, field + " must be after the start");
    }
    return end;
  }

  /** A required list without null elements, copied so the record stays immutable. */
  public static <T> List<T> list(List<T> value, String field) {
    present(value, field);
    for (T element : value) {
      if (element == null) {
        throw new InvalidFieldException(field, field + " must not contain null elements");
      }
    }
    return List.copyOf(value);
  }

  /** An optional list: absent (null) reads as empty; present, it holds no null element. */
  public static <T> List<T> optionalList(List<T> value, String field) {
    return value == null ? List.of() : list(value, field);
  }

  /**
   * An optional EAN-13 (GTIN-13): null, or 13 digits whose last is the GS1 check digit of the first
   * 12, so that a mistyped number is rejected where it is produced.
   */
  public static String optionalEan13(String value, String field) {
    if (value == null) {
      return null;
    }
    if (!value.matches("[0-9]{13}")) {
      throw new InvalidFieldException(field, field + " must be 13 digits (EAN-13)");
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      int digit = value.charAt(i) - '0';
      sum += i % 2 == 0 ? digit : 3 * digit;
    }
    int check = (10 - sum % 10) % 10;
    if (value.charAt(12) - '0' != check) {
      throw new InvalidFieldException(field, field + " has a wrong EAN-13 check digit");
    }
    return value;
  }

  /** A required list with at least one element. */
  public static <T> List<T> nonEmptyList(List<T> value, String field) {
    List<T> copy = list(value, field);
    if (copy.isEmpty()) {
      throw new InvalidFieldException(field, field + " must not be empty");
    }
    return copy;
  }

  /** A required list of non-blank texts. */
  public static List<String> texts(List<String> value, String field) {
    List<String> copy = list(value, field);
    for (String element : copy) {
      if (element.isBlank()) {
        throw new InvalidFieldException(field, field + " must not contain blank entries");
      }
    }
    return copy;
  }

  /** A required, non-empty list of non-blank texts. */
  public static List<String> nonEmptyTexts(List<String> value, String field) {
    List<String> copy = texts(value, field);
    if (copy.isEmpty()) {
      throw new InvalidFieldException(field, field + " must not be empty");
    }
    return copy;
  }

  /**
   * A required map with non-blank keys and no null values, copied into an unmodifiable map that
   * keeps the caller's order (equality does not depend on it).
   */
  public static <V> Map<String, V> map(Map<String, V> value, String field) {
    present(value, field);
    Map<String, V> copy = new LinkedHashMap<>();
    value.forEach(
        (key, entry) -> {
          if (key == null || key.isBlank()) {
            throw new InvalidFieldException(field, field + " must not contain blank keys");
          }
          if (entry == null) {
            throw new InvalidFieldException(field, field + " must not contain null values");
          }
          copy.put(key, entry);
        });
    return Collections.unmodifiableMap(copy);
  }

  /** Fails with {@code message} on {@code field} unless {@code condition} holds. */
  public static void that(boolean condition, String field, String message) {
    if (!condition) {
      throw new InvalidFieldException(field, message);
    }
  }
}
