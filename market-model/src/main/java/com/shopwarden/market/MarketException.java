package com.shopwarden.market;

import java.util.regex.Pattern;

/**
 * A request named a market this deployment cannot act for. Carries the offending code exactly as
 * given, so an API layer can map it to a problem response; the message is written for an API user
 * and never names a class.
 */
public abstract sealed class MarketException extends RuntimeException
    permits UnknownMarketException, MarketNotServedException {

  /** Codes we are willing to echo back; anything else is not repeated into a response. */
  private static final Pattern ECHOABLE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

  private final String code;

  MarketException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The market code as the caller gave it (may be {@code null} or blank). */
  public String code() {
    return code;
  }

  /**
   * The code quoted for a message, or {@code null} when it is missing or not safe to repeat (free
   * text from a request must not be reflected into responses or logs verbatim).
   */
  static String quotable(String code) {
    return code != null && ECHOABLE.matcher(code).matches() ? "'" + code + "'" : null;
  }
}
