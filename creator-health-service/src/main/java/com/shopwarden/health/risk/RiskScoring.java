package com.shopwarden.health.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.commerce.CommerceSignalKind;
import com.shopwarden.contracts.health.Tier;
import com.shopwarden.health.ledger.EntryKind;
import com.shopwarden.health.ledger.LedgerEntry;
import com.shopwarden.health.ledger.LedgerEntryRepository;
import com.shopwarden.health.ledger.TierChange;
import com.shopwarden.health.ledger.TierChangeRepository;
import com.shopwarden.health.model.HealthPacks;
import com.shopwarden.health.model.RiskRules;
import com.shopwarden.health.model.RiskScore;
import com.shopwarden.health.signals.SignalRepository;
import com.shopwarden.market.MarketCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps one account's risk score current: recomputed from that account's own rows whenever its
 * health is reassessed or its commerce signals arrive, inside the same transaction.
 */
@ApplicationScoped
public class RiskScoring {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String UPSERT =
      "insert into risk_score (market, account_id, account_type, score, features, contributions,"
          + " updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (market, account_id)"
          + " do update set account_type = excluded.account_type, score = excluded.score,"
          + " features = excluded.features, contributions = excluded.contributions,"
          + " updated_at = excluded.updated_at";

  private final HealthPacks packs;
  private final LedgerEntryRepository entries;
  private final TierChangeRepository tierChanges;
  private final SignalRepository signals;

  public RiskScoring(
      HealthPacks packs,
      LedgerEntryRepository entries,
      TierChangeRepository tierChanges,
      SignalRepository signals) {
    this.packs = packs;
    this.entries = entries;
    this.tierChanges = tierChanges;
    this.signals = signals;
  }

  /**
   * Recomputes and stores the account's score as of {@code now}; answers when a violation or tier
   * drop next leaves its window (so the score is due again), or {@code null} when none will.
   */
  public Uni<Instant> refresh(String market, String accountId, String accountType, Instant now) {
    RiskRules rules = packs.of(MarketCode.parse(market)).risk();
    Duration velocityWindow = Duration.ofDays(rules.velocityDays());
    Duration dropWindow = Duration.ofDays(rules.tierDropDays());
    Map<String, BigDecimal> features = new TreeMap<>();
    Instant[] slides = new Instant[1];
    return entries
        .activeAt(market, accountId, now)
        .invoke(active -> ledgerFeatures(rules, active, features))
        .chain(() -> entries.violationsIssuedAfter(market, accountId, now.minus(velocityWindow)))
        .invoke(
            issued -> {
              features.put("violationVelocity", BigDecimal.valueOf(issued.size()));
              issued.forEach(at -> slides[0] = earlier(slides[0], at.plus(velocityWindow)));
            })
        .chain(() -> tierChanges.since(market, accountId, now.minus(dropWindow)))
        .invoke(
            changes -> {
              List<TierChange> drops = drops(changes);
              features.put("tierDrops", BigDecimal.valueOf(drops.size()));
              drops.forEach(c -> slides[0] = earlier(slides[0], c.changedAt.plus(dropWindow)));
            })
        .chain(
            () ->
                signals.countsEndingIn(
                    market, accountId, now.minus(Duration.ofDays(rules.signalDays())), now))
        .invoke(counts -> signalFeatures(rules, counts, features))
        .chain(() -> store(market, accountId, accountType, RiskScore.of(rules, features), now))
        .replaceWith(() -> slides[0]);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static void ledgerFeatures(
      RiskRules rules, List<LedgerEntry> active, Map<String, BigDecimal> features) {
    int points = Math.max(0, active.stream().mapToInt(e -> e.points).sum());
    long severe =
        active.stream()
            .filter(e -> e.kind == EntryKind.VIOLATION && e.points >= rules.severePoints())
            .count();
    features.put("activePoints", BigDecimal.valueOf(points));
    features.put("severeViolations", BigDecimal.valueOf(severe));
  }

  private static List<TierChange> drops(List<TierChange> changes) {
    return changes.stream()
        .filter(c -> Tier.valueOf(c.toTier).ordinal() > Tier.valueOf(c.fromTier).ordinal())
        .toList();
  }

  private static void signalFeatures(
      RiskRules rules, List<SignalRepository.KindCount> counts, Map<String, BigDecimal> features) {
    Map<String, Long> byKind = new TreeMap<>();
    counts.forEach(c -> byKind.put(c.kind(), c.count()));
    long orders = byKind.getOrDefault(CommerceSignalKind.ORDER.name(), 0L);
    rules
        .baselines()
        .forEach(
            (kind, baseline) ->
                features.put(
                    "rateExcess." + kind,
                    RiskScore.rateExcess(byKind.getOrDefault(kind, 0L), orders, baseline)));
  }

  private static Uni<Void> store(
      String market, String accountId, String accountType, RiskScore score, Instant now) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(UPSERT)
                    .setParameter(1, market)
                    .setParameter(2, accountId)
                    .setParameter(3, accountType)
                    .setParameter(4, score.score())
                    .setParameter(5, json(score.features()))
                    .setParameter(6, json(score.contributions()))
                    .setParameter(7, now)
                    .executeUpdate())
        .replaceWithVoid();
  }

  private static String json(Map<String, BigDecimal> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("risk features cannot be written", e);
    }
  }
}
