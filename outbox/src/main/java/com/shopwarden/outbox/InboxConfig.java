package com.shopwarden.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers retry an event before sending it to the dead-letter topic. */
@ConfigMapping(prefix = "shopwarden.inbox")
public interface InboxConfig {

  /** Attempts to apply one event (each in its own transaction) before it is dead-lettered. */
  @WithDefault("3")
  int maxAttempts();

  /** Wait before the first retry; Mutiny doubles it per retry with jitter. */
  @WithDefault("PT0.2S")
  Duration retryBackoff();
}
