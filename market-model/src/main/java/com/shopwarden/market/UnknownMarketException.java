package com.shopwarden.market;

/**
 * The value given is not a market code at all (as opposed to a known market that is not served).
 */
public final class UnknownMarketException extends MarketException {

  private static final long serialVersionUID = 1L;

  /**
   * @param code the offending value as given
   */
  public UnknownMarketException(String code) {
    super(code, message(code));
  }

  private static String message(String code) {
    if (code == null || code.isBlank()) {
      return "A market code is required.";
    }
    String quoted = quotable(code);
    return quoted == null
        ? "The market code given is not a known market code."
        : quoted + " is not a known market code.";
  }
}
