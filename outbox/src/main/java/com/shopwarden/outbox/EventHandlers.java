package com.shopwarden.outbox;

import com.shopwarden.contracts.DomainEvent;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What one consumer does with each event type it cares about on a topic. */
public final class EventHandlers {

  private final Map<Class<? extends DomainEvent>, Function<DomainEvent, Uni<Void>>> handlers =
      new LinkedHashMap<>();

  private EventHandlers() {}

  public static EventHandlers create() {
    return new EventHandlers();
  }

  /** Registers the effect of one event type; it runs inside the consumer's transaction. */
  @SuppressWarnings("unchecked")
  public <E extends DomainEvent> EventHandlers on(Class<E> type, Function<E, Uni<Void>> effect) {
    handlers.put(type, event -> effect.apply((E) event));
    return this;
  }

  Optional<Function<DomainEvent, Uni<Void>>> forType(Class<?> type) {
    return Optional.ofNullable(handlers.get(type));
  }
}
