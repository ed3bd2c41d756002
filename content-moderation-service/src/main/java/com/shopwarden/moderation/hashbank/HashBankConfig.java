package com.shopwarden.moderation.hashbank;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How changed banks are re-indexed. */
@ConfigMapping(prefix = "shopwarden.moderation.hash-banks")
public interface HashBankConfig {

  /**
   * A changed bank whose previous index holds at least this many hashes is re-indexed in the
   * background while the previous index keeps answering; smaller banks are re-indexed before the
   * next item is screened, so their changes apply to it.
   */
  @WithDefault("100000")
  int backgroundRebuildFrom();
}
