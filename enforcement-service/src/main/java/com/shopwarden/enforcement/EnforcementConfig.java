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

  /**
   * How often each instance looks for policy versions other replicas stored, and puts them in force
   * (Quarkus duration); this bounds how long a replica prices with the previous version.
   */
  @WithDefault("5s")
  String policyRefreshInterval();

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

  /** Anchoring the audit chain's head. */
  Audit audit();

  /** Where the audit chain's head is anchored and how the anchors are signed. */
  interface Audit {

    /**
     * How often the chain's head is anchored when entries were appended since the last anchor
     * (Quarkus duration). Entries newer than the last anchor can be cut without verification
     * noticing, so this bounds the window.
     */
    @WithDefault("1m")
    String anchorInterval();

    /**
     * The secret (at least 32 characters) anchors are signed with; kept out of the database, so a
     * database writer cannot forge an anchor. Unsigned anchors when absent (a warning at start).
     */
    Optional<String> anchorKey();
  }

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
