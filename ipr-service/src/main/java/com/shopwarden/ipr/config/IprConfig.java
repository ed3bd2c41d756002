package com.shopwarden.ipr.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The deployment's operational settings of ipr-service. The legal and policy settings per market
 * (notice elements, restore days, strikes, filing limits, retention) are the market's IPR pack
 * ({@link com.shopwarden.ipr.pack.IprPack}), not configuration.
 */
@ConfigMapping(prefix = "shopwarden.ipr")
public interface IprConfig {

  /**
   * A directory holding {@code <CODE>/ipr.json} or {@code <CODE>.ipr.json} (a ConfigMap) per
   * market, mounted by a deployment to override the packs shipped in the service's resources
   * ({@code markets/<CODE>/ipr.json}).
   */
  Optional<Path> packsDir();

  /** How long a reviewer holds a claimed notice before another may take it. */
  @WithDefault("PT15M")
  Duration reviewLease();

  /** How often due restore timers are polled (read by the scheduler's expression). */
  @WithDefault("5s")
  String timerPollInterval();

  /**
   * How often notifier contact data past the pack's retention period is looked for (read by the
   * scheduler's expression); the instant compared is the injected clock's.
   */
  @WithDefault("1h")
  String retentionPollInterval();

  /** Notices whose contact data one retention pass redacts per market (one transaction). */
  @WithDefault("200")
  int retentionBatchSize();

  /**
   * Hamming distance at or below which a content hash counts as matching a cited logo hash in the
   * automatic evidence (DOMAIN.md section 5: match at distance &lt;= 31).
   */
  @WithDefault("31")
  int logoMatchDistance();

  /** PDQ quality below which a hash is too flat to be meaningful (DOMAIN.md section 5). */
  @WithDefault("50")
  int minimumPdqQuality();

  /** Largest logo image an asset accepts, in pixels (checked from the header before decoding). */
  @WithDefault("16000000")
  long logoMaxPixels();

  /** Largest attachment (evidence file or logo image), in bytes. */
  @WithDefault("1000000")
  int attachmentMaxBytes();

  /** Most attachments one notice holds. */
  @WithDefault("10")
  int attachmentsPerNotice();

  /** How long a notice filing's Idempotency-Key is remembered; a later repeat files anew. */
  @WithDefault("PT24H")
  Duration idempotencyKeyTtl();
}
