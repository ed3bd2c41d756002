package com.shopwarden.contracts.health;

import com.shopwarden.contracts.Require;
import com.shopwarden.contracts.TimeWindow;
import java.time.Instant;
import java.util.UUID;

/**
 * Violations of one policy in one market rose above the usual level by the pack's threshold.
 *
 * <p>Produced by creator-health-service's trend detection. Consumed by alerting and by the
 * investigators' risk queue, which looks at the accounts behind the rise. It restricts nothing.
 *
 * <p>Topic {@code account.health}, key {@code market + ":" + policyCode}.
 *
 * @param eventId unique id of this event
 * @param market the market whose violations trend
 * @param occurredAt when the alert was raised
 * @param policyCode the policy whose violations trend
 * @param window the window the figures cover
 * @param figures the figures over the window
 */
public record TrendAlertRaised(
    UUID eventId,
    String market,
    Instant occurredAt,
    String policyCode,
    TimeWindow window,
    TrendFigures figures)
    implements TrendAlert {

  public TrendAlertRaised {
    Require.envelope(eventId, market, occurredAt);
    Require.text(policyCode, "policyCode");
    Require.present(window, "window");
    Require.present(figures, "figures");
  }
}
