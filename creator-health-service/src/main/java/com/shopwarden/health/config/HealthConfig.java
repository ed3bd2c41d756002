package com.shopwarden.health.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of creator-health-service ({@code shopwarden.health.*}). */
@ConfigMapping(prefix = "shopwarden.health")
public interface HealthConfig {

  /**
   * A directory holding {@code <CODE>/health.json} per market, mounted by a deployment to override
   * the packs shipped in the service's resources (markets/&lt;CODE&gt;/health.json).
   */
  Optional<Path> packsDir();

  /** Accounts the due-work scheduler handles per pass (each in its own short transaction). */
  @WithDefault("100")
  int dueBatchSize();

  /**
   * How often the scheduler looks for due work (a Quarkus scheduler interval such as {@code 1s});
   * the instant it compares with is the injected clock's.
   */
  @WithDefault("1s")
  String duePollInterval();

  /** Whether this instance runs the due-work scheduler (expiries, measures starting and ending). */
  @WithDefault("true")
  boolean schedulerEnabled();

  /** The rolling windows commerce signal counts and rates are reported over. */
  @WithDefault("P7D,P30D,P90D")
  List<Duration> signalWindows();

  /** Longest period one commerce count may cover. */
  @WithDefault("P32D")
  Duration signalMaxPeriod();
}
