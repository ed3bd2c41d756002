package com.shopwarden.outbox;

/** Maps a partition key to its relay shard, the same way in every JVM. */
public final class OutboxShards {

  private OutboxShards() {}

  /** {@link String#hashCode()} is specified by the language, so every replica agrees. */
  public static int of(String partitionKey, int shards) {
    return Math.floorMod(partitionKey.hashCode(), shards);
  }
}
