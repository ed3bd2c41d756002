package com.shopwarden.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service's outbox relay and pruning behave. */
@ConfigMapping(prefix = "shopwarden.outbox")
public interface OutboxConfig {

  /** The CloudEvents {@code source} of every event this service publishes. */
  String source();

  /**
   * Number of key shards. Each shard is relayed by at most one replica at a time (a transaction
   * advisory lock), which keeps one key's events in order while replicas share the work.
   */
  @WithDefault("16")
  int shards();

  /** Most events one shard publishes per relay pass. */
  @WithDefault("200")
  int batchSize();

  /** Whether this instance runs the scheduled relay (off where tests drive relays by hand). */
  @WithDefault("true")
  boolean relayEnabled();

  /**
   * How often the relay polls for committed events (Quarkus duration). Commits wake it sooner (see
   * {@link #wakeOnCommit()}); the poll catches what a wake-up missed.
   */
  @WithDefault("1s")
  String pollInterval();

  /**
   * Whether committing outbox rows wakes the relay at once (PostgreSQL {@code NOTIFY}/{@code
   * LISTEN}); the scheduled poll runs either way.
   */
  @WithDefault("true")
  boolean wakeOnCommit();

  /** How long the commit listener waits before reconnecting after losing its connection. */
  @WithDefault("PT5S")
  Duration wakeReconnectDelay();

  /** First wait after a failed publication; doubles per attempt. */
  @WithDefault("PT1S")
  Duration retryBackoff();

  /** Longest wait between publication attempts. */
  @WithDefault("PT5M")
  Duration retryBackoffMax();

  /** How long sent events are kept for inspection before pruning. */
  @WithDefault("P7D")
  Duration sentRetention();

  /**
   * How long processed event ids are remembered. Must exceed the longest time a message can be
   * redelivered (topic retention), or a late duplicate would be applied twice.
   */
  @WithDefault("P30D")
  Duration processedRetention();
}
