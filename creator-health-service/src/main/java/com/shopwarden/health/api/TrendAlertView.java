package com.shopwarden.health.api;

import com.shopwarden.contracts.TimeWindow;
import com.shopwarden.contracts.health.TrendFigures;
import java.time.Instant;
import java.util.UUID;

/**
 * An open trend alert.
 *
 * @param alertId the episode
 * @param market the market
 * @param policyCode the policy whose violations trend
 * @param raisedAt when it was raised
 * @param window the window of the latest evaluation
 * @param figures the figures of the latest evaluation
 * @param zScore the window's z-score against the baseline windows at the latest evaluation
 * @param zThreshold the z-score the market's pack requires as well; {@code null} when it judges by
 *     the ratio alone
 */
public record TrendAlertView(
    UUID alertId,
    String market,
    String policyCode,
    Instant raisedAt,
    TimeWindow window,
    TrendFigures figures,
    Double zScore,
    Double zThreshold) {}
