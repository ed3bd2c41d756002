package com.shopwarden.ipr.pack;

/** A market's IPR pack is missing or inconsistent; the message names the market and the field. */
public class InvalidIprPackException extends RuntimeException {

  public InvalidIprPackException(String message) {
    super(message);
  }
}
