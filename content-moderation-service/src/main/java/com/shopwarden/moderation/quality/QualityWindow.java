package com.shopwarden.moderation.quality;

import com.shopwarden.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A half-open time window {@code [from, to)} of a quality request: {@code to} defaults to now,
 * {@code from} to 30 days before {@code to}; at most 366 days long.
 */
public record QualityWindow(Instant from, Instant to) {

  static final Duration DEFAULT = Duration.ofDays(30);
  static final Duration LONGEST = Duration.ofDays(366);

  public static QualityWindow of(String from, String to, Clock clock) {
    Instant end = to == null ? clock.instant().plusMillis(1) : parse("to", to);
    Instant start = from == null ? end.minus(DEFAULT) : parse("from", from);
    if (!start.isBefore(end)) {
      throw ProblemException.invalidField("from", "must be before to");
    }
    if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      throw ProblemException.invalidField("from", "the window is at most 366 days long");
    }
    return new QualityWindow(start, end);
  }

  private static Instant parse(String field, String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(
          field, "must be an ISO-8601 instant, e.g. 2026-03-01T00:00:00Z");
    }
  }
}
