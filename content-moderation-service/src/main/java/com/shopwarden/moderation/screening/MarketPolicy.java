package com.shopwarden.moderation.screening;

import com.shopwarden.moderation.strategy.StrategySet;
import com.shopwarden.text.TermIndex;

/** A market's compiled term lists and active strategies, as the hot path uses them. */
public record MarketPolicy(TermIndex terms, StrategySet strategies) {}
