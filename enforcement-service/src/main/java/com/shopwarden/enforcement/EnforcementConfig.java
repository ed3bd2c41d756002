package com.shopwarden.enforcement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Typed settings of the enforcement service. */
@ConfigMapping(prefix = "shopwarden.enforcement")
public interface EnforcementConfig {

  /** Classpath resources holding the shipped penalty policies, one model per file. */
  @WithDefault(
      "penalty-policies/sea-points.json,penalty-policies/us-rating.json,"
          + "penalty-policies/eu-points.json")
  List<String> policyResources();

  /**
   * A directory of mounted policy files (ConfigMap) that replace shipped models of the same name.
   */
  Optional<String> policyDir();

  /** How often the expiry scheduler looks for measures whose time is up (Quarkus duration). */
  @WithDefault("5s")
  String expiryInterval();

  /** Most measures one expiry pass ends. */
  @WithDefault("100")
  int expiryBatchSize();

  /** How long a reviewer's claim on an appeal lasts before another reviewer may take it. */
  @WithDefault("PT30M")
  Duration appealLease();

  /** Days within which an appeal should be decided; the review queue is ordered by this. */
  @WithDefault("7")
  int appealReviewDays();

  /** Filing statements of reasons with the DSA Transparency Database. */
  Transparency transparency();

  /** Where and how statements are filed; nothing is sent unless {@code url} is set. */
  interface Transparency {

    /**
     * Base URL of the Transparency Database API, e.g. {@code
     * https://transparency.dsa.ec.europa.eu}.
     */
    Optional<String> url();

    /** The platform's API token. */
    Optional<String> token();

    /** Statements per batch (the API takes 1 to 100). */
    @WithDefault("100")
    int batchSize();

    /** How often pending statements are sent. */
    @WithDefault("30s")
    String interval();

    /** Timeout of one request. */
    @WithDefault("PT30S")
    Duration requestTimeout();
  }
}
