package com.shopwarden.moderation.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A market's active strategies indexed by the item signal families they read (terms, scores,
 * hashes): an item is evaluated only against strategies that read a family it has, plus the few
 * that read only the content. The account context is always present and does not select.
 */
public final class StrategySet {

  private static final StrategySet EMPTY = new StrategySet(List.of());

  private final List<CompiledStrategy> always = new ArrayList<>();
  private final Map<SignalFamily, List<CompiledStrategy>> byFamily =
      new EnumMap<>(SignalFamily.class);
  private final int size;

  public StrategySet(List<CompiledStrategy> strategies) {
    this.size = strategies.size();
    for (CompiledStrategy s : strategies) {
      boolean indexed = false;
      for (SignalFamily family : s.expression().families()) {
        if (family != SignalFamily.ACCOUNT) {
          byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(s);
          indexed = true;
        }
      }
      if (!indexed) {
        always.add(s);
      }
    }
  }

  public static StrategySet empty() {
    return EMPTY;
  }

  public int size() {
    return size;
  }

  /** The strategies worth evaluating for an item that has the given signal families. */
  public List<CompiledStrategy> candidates(Set<SignalFamily> present) {
    if (present.isEmpty() || byFamily.isEmpty()) {
      return Collections.unmodifiableList(always);
    }
    List<CompiledStrategy> result = new ArrayList<>(always);
    Set<CompiledStrategy> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (SignalFamily family : present) {
      for (CompiledStrategy s : byFamily.getOrDefault(family, List.of())) {
        if (seen.add(s)) {
          result.add(s);
        }
      }
    }
    return result;
  }
}
