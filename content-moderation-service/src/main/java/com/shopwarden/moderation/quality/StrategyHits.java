package com.shopwarden.moderation.quality;

import com.shopwarden.moderation.intake.ContentItemEntity;
import com.shopwarden.moderation.lifecycle.LifecyclePolicies;
import com.shopwarden.moderation.review.LabellingTasks;
import com.shopwarden.moderation.review.TaskPurpose;
import com.shopwarden.moderation.screening.ScreeningOutcome;
import com.shopwarden.moderation.screening.ScreeningOutcome.StrategyHit;
import com.shopwarden.moderation.strategy.Action;
import com.shopwarden.moderation.strategy.ContentBucket;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stores, in the intake transaction, what quality is measured from: every strategy that matched an
 * item (acting or not, with its stage), every term list and hash bank that found something in it,
 * and, for a sampled share of items with a SHADOW or CANARY observation, a labelling task.
 */
@ApplicationScoped
public class StrategyHits {

  private final LabellingTasks labelling;
  private final LifecyclePolicies lifecycle;

  public StrategyHits(LabellingTasks labelling, LifecyclePolicies lifecycle) {
    this.labelling = labelling;
    this.lifecycle = lifecycle;
  }

  public Uni<Void> record(ContentItemEntity item, ScreeningOutcome outcome, Instant at) {
    List<PanacheEntityBase> rows = new ArrayList<>();
    for (StrategyHit hit : outcome.strategies()) {
      rows.add(hit(item, hit, true, hit.equals(outcome.decidedBy()), at));
    }
    for (StrategyHit hit : outcome.observed()) {
      rows.add(hit(item, hit, false, false, at));
    }
    Set<String> termLists = new LinkedHashSet<>();
    outcome.terms().forEach(t -> termLists.add(t.list()));
    termLists.forEach(l -> rows.add(signal(item, SignalHitEntity.TERM_LIST, l, at)));
    Set<String> banks = new LinkedHashSet<>();
    outcome.hashes().forEach(h -> banks.add(h.bank()));
    banks.forEach(b -> rows.add(signal(item, SignalHitEntity.HASH_BANK, b, at)));
    Uni<Void> stored =
        rows.isEmpty()
            ? Uni.createFrom().voidItem()
            : PanacheEntityBase.persist(rows).replaceWithVoid();
    return stored.flatMap(ignored -> sampleObservation(item, outcome));
  }

  /**
   * Sends a sampled item with a non-acting hit to labelling, so SHADOW and CANARY versions collect
   * the labelled outcomes their promotion needs. An item going to review anyway is labelled there.
   */
  private Uni<Void> sampleObservation(ContentItemEntity item, ScreeningOutcome outcome) {
    if (outcome.observed().isEmpty() || outcome.verdict() == Action.REVIEW) {
      return Uni.createFrom().voidItem();
    }
    StrategyHit measured =
        outcome.observed().stream()
            .filter(h -> h.stage().equals("SHADOW") || h.stage().equals("CANARY"))
            .findFirst()
            .orElse(null);
    double share = lifecycle.of(item.market).shadowSampleShare();
    if (measured == null
        || !ContentBucket.shadowSampled(item.sourcePlatform, item.externalId, share)) {
      return Uni.createFrom().voidItem();
    }
    return labelling
        .open(
            item.id,
            item.market,
            TaskPurpose.SHADOW_SAMPLE,
            measured.policyCode(),
            measured.severity(),
            measured.id(),
            measured.version())
        .replaceWithVoid();
  }

  private static StrategyHitEntity hit(
      ContentItemEntity item, StrategyHit hit, boolean acting, boolean deciding, Instant at) {
    StrategyHitEntity row = new StrategyHitEntity();
    row.id = UUID.randomUUID();
    row.contentId = item.id;
    row.market = item.market;
    row.strategyId = hit.id();
    row.strategyVersion = hit.version();
    row.stage = hit.stage();
    row.action = hit.action().name();
    row.policyCode = hit.policyCode();
    row.acting = acting;
    row.deciding = deciding;
    row.hitAt = at;
    return row;
  }

  private static SignalHitEntity signal(
      ContentItemEntity item, String source, String name, Instant at) {
    SignalHitEntity row = new SignalHitEntity();
    row.id = UUID.randomUUID();
    row.contentId = item.id;
    row.market = item.market;
    row.source = source;
    row.name = name;
    row.hitAt = at;
    return row;
  }
}
