package com.shopwarden.moderation.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A market's evaluated strategies indexed by the item signal families they read (terms, scores,
 * hashes): an item is evaluated only against strategies that read a family it has, plus the few
 * that read only the content. The account context is always present and does not select.
 *
 * <p>It also says which matching strategies act on an item ({@link #acts}): ACTIVE ones do, SHADOW
 * ones never, CANARY ones only for items whose bucket lies inside the market's canary share. Where
 * a strategy's CANARY version acts, its ACTIVE version stands aside for that item, so the canary
 * replaces the version it is meant to succeed rather than adding to it.
 */
public final class StrategySet {

  private static final StrategySet EMPTY = new StrategySet(List.of());

  private final List<CompiledStrategy> always = new ArrayList<>();
  private final Map<SignalFamily, List<CompiledStrategy>> byFamily =
      new EnumMap<>(SignalFamily.class);
  private final int size;
  private final int canaryBuckets;
  private final Set<UUID> withCanary = new HashSet<>();
  private final boolean allActive;

  /** Strategies without a canary share (CANARY versions then act nowhere). */
  public StrategySet(List<CompiledStrategy> strategies) {
    this(strategies, 0);
  }

  /**
   * @param canaryBuckets how many of the {@link ContentBucket#BUCKETS} buckets CANARY versions act
   *     on
   */
  public StrategySet(List<CompiledStrategy> strategies, int canaryBuckets) {
    this.size = strategies.size();
    this.canaryBuckets = canaryBuckets;
    boolean active = true;
    for (CompiledStrategy s : strategies) {
      active &= s.stage() == Stage.ACTIVE;
      if (s.stage() == Stage.CANARY) {
        withCanary.add(s.id());
      }
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
    this.allActive = active;
  }

  public static StrategySet empty() {
    return EMPTY;
  }

  public int size() {
    return size;
  }

  /** Whether every strategy is ACTIVE, so every match acts (the common case, checked first). */
  public boolean allActive() {
    return allActive;
  }

  /** Whether a matching strategy acts on an item in the given {@link ContentBucket}. */
  public boolean acts(CompiledStrategy s, int bucket) {
    boolean inCanary = bucket < canaryBuckets;
    return switch (s.stage()) {
      case ACTIVE -> !(inCanary && withCanary.contains(s.id()));
      case CANARY -> inCanary;
      default -> false;
    };
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
