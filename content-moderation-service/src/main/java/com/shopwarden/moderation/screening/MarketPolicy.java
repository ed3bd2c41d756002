package com.shopwarden.moderation.screening;

import com.shopwarden.moderation.hashbank.MarketHashBanks;
import com.shopwarden.moderation.strategy.StrategySet;
import com.shopwarden.text.TermIndex;

/** A market's compiled term lists, active strategies and hash banks, as the hot path uses them. */
public record MarketPolicy(TermIndex terms, StrategySet strategies, MarketHashBanks banks) {

  /** A policy without hash banks. */
  public MarketPolicy(TermIndex terms, StrategySet strategies) {
    this(terms, strategies, MarketHashBanks.empty());
  }
}
