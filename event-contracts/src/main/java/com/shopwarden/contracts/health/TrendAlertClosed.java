package com.shopwarden.contracts.health;

import com.shopwarden.contracts.Require;
import com.shopwarden.contracts.TimeWindow;
import java.time.Instant;
import java.util.UUID;

/**
 * A trend alert ended: violations of the policy fell back below the threshold, or an investigator
 * closed the alert.
 *
 * <p>Produced by creator-health-service. Consumed by alerting and the risk queue, which close the
 * matching {@link TrendAlertRaised}.
 *
 * <p>Topic {@code account.health}, key {@code market + ":" + policyCode}.
 *
 * @param eventId unique id of this event
 * @param market the market whose violations trend
 * @param occurredAt when the alert was closed
 * @param policyCode the policy whose violations trend
 * @param window the window the figures cover
 * @param figures the figures over the window
 */
public record TrendAlertClosed(
    UUID eventId,
    String market,
    Instant occurredAt,
    String policyCode,
    TimeWindow window,
    TrendFigures figures)
    implements TrendAlert {

  public TrendAlertClosed {
    Require.envelope(eventId, market, occurredAt);
    Require.text(policyCode, "policyCode");
    Require.present(window, "window");
    Require.present(figures, "figures");
  }
}
