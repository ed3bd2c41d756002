package com.shopwarden.contracts;

/**
 * Thrown by an event record's constructor when a field is missing or out of range, so that both a
 * producer building an event and a consumer reading one learn which field is wrong.
 */
public class InvalidFieldException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the record component (JSON property) that is wrong
   * @param message what is wrong with it, starting with the field's name
   */
  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The record component (JSON property) that is wrong. */
  public String field() {
    return field;
  }
}
