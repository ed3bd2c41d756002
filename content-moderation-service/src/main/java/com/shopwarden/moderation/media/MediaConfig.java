package com.shopwarden.moderation.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of image hashing. The byte size is bounded by {@code quarkus.http.limits}. */
@ConfigMapping(prefix = "shopwarden.moderation.media")
public interface MediaConfig {

  /** Images with more pixels are refused before decoding (hashing needs 8 bytes per pixel). */
  @WithDefault("40000000")
  long maxPixels();
}
