package com.shopwarden.contracts;

/**
 * An incoming message could not be read as an event: missing or malformed field, unknown type,
 * malformed JSON or CloudEvents headers. The message names the field (as a JSON path such as {@code
 * milestoneCrossed.direction}) and never carries parser internals or payload values, so it can go
 * into a dead-letter header and a log line as it is.
 */
public class EventReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the failing field or header; {@code null} when the failure concerns the whole
   *     payload (not JSON at all)
   * @param message what failed, naming the field
   */
  public EventReadException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The failing field or header; {@code null} when the whole payload is unreadable. */
  public String field() {
    return field;
  }
}
