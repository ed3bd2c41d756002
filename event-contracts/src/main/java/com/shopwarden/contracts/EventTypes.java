package com.shopwarden.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookups of {@link EventType}: by CloudEvents type for consumers, by record for producers. */
public final class EventTypes {

  private static final List<EventType> ALL = List.of(EventType.values());

  private static final Map<String, EventType> BY_CE_TYPE =
      Arrays.stream(EventType.values())
          .collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));

  private static final Map<Class<? extends DomainEvent>, EventType> BY_RECORD =
      Arrays.stream(EventType.values())
          .collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));

  private EventTypes() {}

  /** Every event type, in the order of the architecture's event table. */
  public static List<EventType> all() {
    return ALL;
  }

  /** The event type with this CloudEvents type; empty for a type this version does not know. */
  public static Optional<EventType> byCeType(String ceType) {
    return Optional.ofNullable(ceType).map(BY_CE_TYPE::get);
  }

  /**
   * The event type of a record class.
   *
   * @throws IllegalArgumentException for a class that is not an event of the contract
   */
  public static EventType of(Class<? extends DomainEvent> recordClass) {
    EventType type = BY_RECORD.get(recordClass);
    if (type == null) {
      throw new IllegalArgumentException(recordClass.getName() + " is not a contract event");
    }
    return type;
  }

  /** The event type of an event. */
  public static EventType of(DomainEvent event) {
    return of(event.getClass());
  }
}
