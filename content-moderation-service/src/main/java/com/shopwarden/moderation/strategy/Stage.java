package com.shopwarden.moderation.strategy;

import java.util.List;

/**
 * Where a strategy version is in its lifecycle: DRAFT → SHADOW → CANARY → ACTIVE → RETIRED. Only
 * SHADOW, CANARY and ACTIVE versions are evaluated; SHADOW never acts, CANARY acts on a share of
 * the content, ACTIVE on all of it.
 */
public enum Stage {
  /** Saved, not evaluated: it can be backtested. */
  DRAFT,
  /** Evaluated and recorded, never acts; a sample of its hits is labelled by people. */
  SHADOW,
  /** Acts on a configured share of the content (a stable hash of its id), SHADOW elsewhere. */
  CANARY,
  /** Acts on every item. */
  ACTIVE,
  /** Out of service; rollback can bring it back. */
  RETIRED;

  /**
   * The stages a version may move to by a transition. Each step is one stage forward, or a step
   * back to SHADOW, or retirement; skipping a stage is refused. Rollback and emergency rules are
   * their own calls.
   */
  public List<Stage> allowedTargets() {
    return switch (this) {
      case DRAFT -> List.of(SHADOW, RETIRED);
      case SHADOW -> List.of(CANARY, RETIRED);
      case CANARY -> List.of(ACTIVE, SHADOW, RETIRED);
      case ACTIVE -> List.of(SHADOW, RETIRED);
      case RETIRED -> List.of();
    };
  }

  /** Whether screening evaluates versions in this stage. */
  public boolean evaluated() {
    return this == SHADOW || this == CANARY || this == ACTIVE;
  }
}
