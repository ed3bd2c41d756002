package com.shopwarden.market;

/** A known market that this deployment does not serve (it is configured for other markets). */
public final class MarketNotServedException extends MarketException {

  private static final long serialVersionUID = 1L;

  private final MarketCode marketCode;

  /**
   * @param marketCode the known market that is not served
   */
  public MarketNotServedException(MarketCode marketCode) {
    super(
        marketCode.name(), "Market '" + marketCode.name() + "' is not served by this deployment.");
    this.marketCode = marketCode;
  }

  /** The market that was asked for. */
  public MarketCode marketCode() {
    return marketCode;
  }
}
