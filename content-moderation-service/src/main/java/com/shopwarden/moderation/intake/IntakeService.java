package com.shopwarden.moderation.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.market.Market;
import com.shopwarden.media.pdq.PdqHash;
import com.shopwarden.moderation.account.AccountContextReader;
import com.shopwarden.moderation.quality.StrategyHits;
import com.shopwarden.moderation.review.AllowSamples;
import com.shopwarden.moderation.review.TaskRouting;
import com.shopwarden.moderation.screening.MarketPolicy;
import com.shopwarden.moderation.screening.MarketPolicyCache;
import com.shopwarden.moderation.screening.MediaHash;
import com.shopwarden.moderation.screening.ScreeningEngine;
import com.shopwarden.moderation.screening.ScreeningInput;
import com.shopwarden.moderation.screening.ScreeningOutcome;
import com.shopwarden.moderation.strategy.Action;
import com.shopwarden.moderation.strategy.ContentBucket;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Screens a submitted item and stores the item, its decision, its evidence snapshot and what
 * follows (review task, outbox event) in one transaction. A repeat of (platform, external id,
 * version) returns the stored decision and changes nothing.
 */
@ApplicationScoped
public class IntakeService {

  private final ContentRepository items;
  private final MarketPolicyCache policies;
  private final AccountContextReader accounts;
  private final DecisionEvents events;
  private final StrategyHits hits;
  private final TaskRouting routing;
  private final AllowSamples allowSamples;
  private final ObjectMapper json;
  private final Clock clock;
  private final ScreeningEngine engine = new ScreeningEngine();

  public IntakeService(
      ContentRepository items,
      MarketPolicyCache policies,
      AccountContextReader accounts,
      DecisionEvents events,
      StrategyHits hits,
      TaskRouting routing,
      AllowSamples allowSamples,
      ObjectMapper json,
      Clock clock) {
    this.items = items;
    this.policies = policies;
    this.accounts = accounts;
    this.events = events;
    this.hits = hits;
    this.routing = routing;
    this.allowSamples = allowSamples;
    this.json = json;
    this.clock = clock;
  }

  /** Why screening decided as it did, frozen in the evidence snapshot. */
  record Explanation(
      String verdict,
      String policyCode,
      String severity,
      String reason,
      ScreeningOutcome.StrategyHit decidedBy) {}

  /** The outcome of a submission: the decision and whether it was taken now or earlier. */
  public record Submission(ContentDecision decision, boolean replayed) {}

  @WithTransaction
  public Uni<Submission> submit(ContentRequest request, Market market) {
    return items
        .byKey(request.sourcePlatform(), request.externalId(), request.version())
        .flatMap(
            existing ->
                existing != null
                    ? Uni.createFrom().item(new Submission(read(existing), true))
                    : screenAndStore(request, market));
  }

  /** The stored decision of a key, for a repeat that lost the race to insert it. */
  @WithSession
  public Uni<Submission> stored(ContentRequest request) {
    return items
        .byKey(request.sourcePlatform(), request.externalId(), request.version())
        .map(existing -> existing == null ? null : new Submission(read(existing), true));
  }

  private Uni<Submission> screenAndStore(ContentRequest request, Market market) {
    ContentItemEntity item = newItem(request, market);
    DecisionEvents.Responsible who = DecisionEvents.responsible(item);
    return policies
        .forMarket(item.market)
        .flatMap(
            policy ->
                accounts
                    .of(who.id(), who.type().name())
                    .map(
                        account ->
                            engine.screen(
                                input(request, item), policy, account, canaryBucket(policy, item))))
        .flatMap(outcome -> store(request, market, item, outcome));
  }

  private Uni<Submission> store(
      ContentRequest request, Market market, ContentItemEntity item, ScreeningOutcome outcome) {
    Instant now = clock.instant();
    item.verdict = outcome.verdict().name();
    if (outcome.decidedBy() != null) {
      item.policyCode = outcome.decidedBy().policyCode();
      item.severity = outcome.decidedBy().severity();
      item.strategyId = outcome.decidedBy().id();
      item.strategyVersion = outcome.decidedBy().version();
    }
    EvidenceSnapshotEntity snapshot = new EvidenceSnapshotEntity();
    snapshot.id = UUID.randomUUID();
    snapshot.contentId = item.id;
    snapshot.market = item.market;
    snapshot.capturedAt = now;
    snapshot.content = write(request);
    ContentDecision.Signals signals =
        new ContentDecision.Signals(
            outcome.terms(), outcome.scores(), outcome.hashes(), outcome.strategies());
    snapshot.signals = write(signals);
    snapshot.explanation =
        write(
            new Explanation(
                item.verdict,
                item.policyCode,
                item.severity,
                outcome.reason(),
                outcome.decidedBy()));
    ReviewTaskEntity task =
        outcome.verdict() == Action.REVIEW
            ? routing.screening(item, request, snapshot.id, now)
            : null;
    ContentDecision decision =
        new ContentDecision(
            item.id,
            item.sourcePlatform,
            item.externalId,
            item.version,
            item.market,
            item.kind,
            item.language,
            item.creatorAccountId,
            item.sellerAccountId,
            item.verdict,
            item.policyCode,
            item.severity,
            outcome.reason(),
            outcome.decidedBy(),
            signals,
            outcome.evaluated(),
            outcome.processingMicros(),
            snapshot.id,
            task == null ? null : task.id,
            now);
    item.decision = write(decision);
    // Deferred: the follow-up rows must be written after the item they reference.
    Uni<Void> follow =
        Uni.createFrom()
            .deferred(
                () ->
                    switch (outcome.verdict()) {
                      case BLOCK ->
                          events.violation(item, market, request.publishedAt(), snapshot.id, now);
                      case REVIEW -> routing.store(task, request);
                      case ALLOW ->
                          clearIfPreviouslyBlocked(item, now)
                              .chain(() -> allowSamples.consider(item));
                    });
    return items
        .persist(item)
        .flatMap(ignored -> snapshot.persist())
        .flatMap(ignored -> hits.record(item, outcome, now))
        .flatMap(ignored -> follow)
        .map(ignored -> new Submission(decision, false));
  }

  /** ALLOW publishes ContentCleared only when it lifts a BLOCK on the previous version. */
  private Uni<Void> clearIfPreviouslyBlocked(ContentItemEntity item, Instant now) {
    return items
        .previousVersion(item.sourcePlatform, item.externalId, item.version)
        .flatMap(
            previous ->
                previous != null && Action.BLOCK.name().equals(previous.verdict)
                    ? events.cleared(item, now)
                    : Uni.createFrom().voidItem());
  }

  /** Hashes the item's identity only where a canary or SHADOW version could use it. */
  private static int canaryBucket(MarketPolicy policy, ContentItemEntity item) {
    return policy.strategies().allActive()
        ? ContentBucket.NONE
        : ContentBucket.canary(item.sourcePlatform, item.externalId);
  }

  private ContentItemEntity newItem(ContentRequest request, Market market) {
    ContentItemEntity item = new ContentItemEntity();
    item.id = UUID.randomUUID();
    item.sourcePlatform = request.sourcePlatform();
    item.externalId = request.externalId();
    item.version = request.version();
    item.market = market.code().name();
    item.kind = request.kind();
    item.language = request.language();
    item.creatorAccountId = blankToNull(request.account().creatorId());
    item.sellerAccountId = blankToNull(request.account().sellerId());
    item.receivedAt = clock.instant();
    item.ean = request.ean();
    return item;
  }

  /** What the engine screens, from a request and its item (also used to backtest stored items). */
  public static ScreeningInput input(ContentRequest request, ContentItemEntity item) {
    Map<String, String> texts = new LinkedHashMap<>();
    ContentRequest.Texts t = request.text();
    if (t != null) {
      put(texts, "title", t.title());
      put(texts, "description", t.description());
      put(texts, "captions", t.captions());
      put(texts, "transcript", t.transcript());
      put(texts, "brand", t.brand());
      if (t.attributes() != null) {
        new TreeMap<>(t.attributes()).forEach((k, v) -> put(texts, "attributes." + k, v));
      }
    }
    ContentRequest.Reach reach = request.reach();
    return new ScreeningInput(
        item.kind,
        item.market,
        item.language,
        item.sourcePlatform,
        texts,
        request.price() == null ? null : request.price().amount().doubleValue(),
        request.price() == null ? null : request.price().currency(),
        reach == null || reach.followers() == null ? 0 : reach.followers(),
        reach == null || reach.liveViewers() == null ? 0 : reach.liveViewers(),
        reach == null || reach.views() == null ? 0 : reach.views(),
        request.scores() == null ? Map.of() : request.scores(),
        mediaHashes(request),
        item.creatorAccountId != null,
        item.sellerAccountId != null);
  }

  /** Upstream hashes without a quality count as 100; those sent with one keep it. */
  static List<MediaHash> mediaHashes(ContentRequest request) {
    List<MediaHash> hashes = new ArrayList<>();
    if (request.pdqHashes() != null) {
      request.pdqHashes().forEach(h -> hashes.add(new MediaHash(PdqHash.fromHex(h), 100)));
    }
    if (request.media() != null) {
      request
          .media()
          .forEach(m -> hashes.add(new MediaHash(PdqHash.fromHex(m.pdqHash()), m.quality())));
    }
    return hashes;
  }

  ContentDecision read(ContentItemEntity item) {
    try {
      return json.readValue(item.decision, ContentDecision.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored decision of " + item.id + " is unreadable", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  private static void put(Map<String, String> texts, String field, String value) {
    if (value != null && !value.isBlank()) {
      texts.put(field, value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
