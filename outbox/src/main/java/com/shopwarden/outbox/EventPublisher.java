package com.shopwarden.outbox;

import io.smallrye.mutiny.Uni;
import java.util.Map;

/** Sends one record to the broker and completes when the broker has acknowledged it. */
public interface EventPublisher {

  Uni<Void> send(String topic, String key, byte[] value, Map<String, String> headers);
}
