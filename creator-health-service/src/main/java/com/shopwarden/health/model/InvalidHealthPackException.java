package com.shopwarden.health.model;

/** A market's health pack is inconsistent; the message names the field. */
public class InvalidHealthPackException extends RuntimeException {

  public InvalidHealthPackException(String message) {
    super(message);
  }
}
