package com.shopwarden.ipr.config;

import com.shopwarden.contracts.Severity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The IPR part of the market policy pack: review times, timers and strike rules. The shipped
 * defaults follow DOMAIN.md sections 2 and 4; a deployment overrides them per market pack.
 */
@ConfigMapping(prefix = "shopwarden.ipr")
public interface IprConfig {

  /** The IP policy's code in the market's policy pack, named on every upheld notice. */
  @WithDefault("IP_INFRINGEMENT")
  String policyCode();

  /** Severity of an upheld notice when the reviewer names none. */
  @WithDefault("MEDIUM")
  Severity defaultSeverity();

  /** How long a reviewer holds a claimed notice before another may take it. */
  @WithDefault("PT15M")
  Duration reviewLease();

  /** Time to decide a trusted flagger's or programme partner's notice (DSA Art. 22 priority). */
  @WithDefault("PT24H")
  Duration trustedReviewTime();

  /** Time to decide any other notice. */
  @WithDefault("PT72H")
  Duration reviewTime();

  /**
   * The business day after receipt of a counter-notice on which content is restored. DMCA 512(g)
   * markets accept only 10 to 14; the service refuses to start otherwise.
   */
  @WithDefault("10")
  int restoreBusinessDays();

  /** How often due restore timers are polled (read by the scheduler's expression). */
  @WithDefault("5s")
  String timerPollInterval();

  /** How long a strike stays active. */
  @WithDefault("P90D")
  Duration strikeWindow();

  /** Notices one organisation may file per hour (429 with Retry-After beyond). */
  @WithDefault("200")
  int noticesPerHour();

  /** Window over which manifestly unfounded notices are counted (DSA Art. 23). */
  @WithDefault("P180D")
  Duration misuseWindow();

  /** Manifestly unfounded notices in the window that flag the notifier for misuse. */
  @WithDefault("3")
  int misuseThreshold();

  /** Longest suspension of a notifier's notice privilege ("a reasonable period"). */
  @WithDefault("P365D")
  Duration maxSuspension();

  /** Active strikes that make an account a repeat infringer. */
  @WithDefault("3")
  int strikeThreshold();
}
